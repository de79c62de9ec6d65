import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyseDataset, checkDataset, formatProblem, DatasetInvalidError } from "../src/check";
import { readDataset } from "../src/load";
import { displayPath } from "../src/read-files";
import { ReportText, mixedQuoteMarks, normaliseForQuote } from "../src/report-text";

const FIXTURES = path.join(import.meta.dirname, "fixtures");
const TINY = path.join(FIXTURES, "tiny");
const BROKEN = path.join(FIXTURES, "broken");

/** `# expect: text` markers: line number → expected message fragment. */
function markers(file: string): Map<number, string> {
  const out = new Map<number, string>();
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, index) => {
      const match = /# expect: (.+)$/.exec(line);
      if (match?.[1]) out.set(index + 1, match[1].trim());
    });
  return out;
}

describe("seed:check on the tiny fixture dataset", () => {
  it("finds nothing wrong with a clean dataset in two files (or its directory)", () => {
    expect(checkDataset([TINY])).toEqual([]);
    const { dataset } = analyseDataset([path.join(TINY, "actors.yaml"), path.join(TINY, "flows.yaml")]);
    expect(dataset.nodes).toHaveLength(7);
    expect(dataset.relationships).toHaveLength(4);
  });

  const brokenFiles = readdirSync(BROKEN).filter((name) => name.endsWith(".yaml"));
  it.each(brokenFiles)("%s: reports exactly the marked problems at the marked lines", (name) => {
    const file = path.join(BROKEN, name);
    const expected = markers(file);
    expect(expected.size).toBeGreaterThan(0);
    const problems = checkDataset([TINY, file]);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.file, formatProblem(problem)).toBe(displayPath(file));
      const fragment = expected.get(problem.line);
      expect(fragment, `unexpected problem: ${formatProblem(problem)}`).toBeDefined();
      expect(problem.message).toContain(fragment);
    }
    for (const [line, fragment] of expected) {
      expect(
        problems.some((p) => p.line === line && p.message.includes(fragment)),
        `no problem "${fragment}" at ${name}:${line}; got:\n${problems.map(formatProblem).join("\n")}`,
      ).toBe(true);
    }
  });

  it("names the path inside the file", () => {
    const problems = checkDataset([TINY, path.join(BROKEN, "flow-refs.yaml")]);
    expect(problems.map((p) => p.path)).toEqual([
      "relationships[0].channel",
      "relationships[0].knowledge",
      "relationships[0].hinderedBy[0]",
      "relationships[0].hinderedBy[1]",
      "relationships[1].knowledge",
    ]);
  });

  it("readDataset throws one error listing every problem", () => {
    expect(() => readDataset([TINY, path.join(BROKEN, "bad-ends.yaml")])).toThrow(DatasetInvalidError);
    try {
      readDataset([TINY, path.join(BROKEN, "bad-ends.yaml")]);
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetInvalidError);
      expect((error as DatasetInvalidError).problems).toHaveLength(3);
      expect((error as Error).message).toContain("bad-ends.yaml:2");
    }
  });

  it("reports a file that does not exist instead of crashing", () => {
    const problems = checkDataset([path.join(FIXTURES, "no-such-file.yaml")]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain("cannot read file");
  });

  it("refuses a directory without dataset files (loading it with --replace would empty the graph)", () => {
    const problems = checkDataset([path.join(FIXTURES, "..")]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe("no dataset files (*.yaml, *.yml) found");
  });

  it("checks quotes against another report when told to", () => {
    const report = new ReportText("Nothing from the Gran report is in here.");
    const problems = checkDataset([TINY], { report });
    expect(problems.some((p) => p.message.startsWith("quote not found verbatim"))).toBe(true);
  });
});

describe("what counts as verbatim", () => {
  const report = new ReportText(
    // Like the report: straight and curly marks of both kinds side by side.
    'As one informant underscores: "It stays with the\n  individuals". The ‘carrot’ and *italic words* here. ' +
      "“Ideal” and 'sceptical' views.",
  );
  it("collapses whitespace on both sides", () => {
    expect(report.containsQuote("It stays with the   individuals")).toBe(true);
  });
  it("folds curly and straight quotes, because the report mixes them", () => {
    expect(report.containsQuote("“It stays with the individuals”")).toBe(true);
    expect(report.containsQuote("The 'carrot' and")).toBe(true);
  });
  it("ignores the emphasis asterisks left by the text conversion", () => {
    expect(report.containsQuote("and italic words here")).toBe(true);
  });
  it("forgives nothing else: case, punctuation and words must match", () => {
    expect(report.containsQuote("it stays with the individuals")).toBe(false);
    expect(report.containsQuote("It stays with individuals")).toBe(false);
    expect(report.containsQuote("It stays with the individuals.")).toBe(false);
  });
  it("holds a report that is consistent in its quotation marks to its own marks", () => {
    const curlyOnly = new ReportText("She said “it stays with the individuals” and left.");
    expect(curlyOnly.containsQuote("“it stays with the individuals”")).toBe(true);
    expect(curlyOnly.containsQuote('"it stays with the individuals"')).toBe(false);
    expect(mixedQuoteMarks(curlyOnly.raw)).toEqual({ single: false, double: false });
  });
  it("finds this report inconsistent in both kinds of quotation mark", () => {
    expect(ReportText.read().folding).toEqual({ single: true, double: true });
  });
  it("normalises the same way everywhere", () => {
    expect(normaliseForQuote("  a\t“b”\n\n‘c’ *d* ")).toBe("a \"b\" 'c' d");
  });
});

describe("what counts as a heading", () => {
  const report = new ReportText(
    [
      "1.2 Object of Study.....\t1",
      '5.0 "HAS IT BEEN WORTH IT?"',
      "5.3 Involving the Community.",
      "Appendix I: Summary of Findings",
      "In this project the focus is on the MIC partnership between Gran municipality in Norway and Mukono.",
    ].join("\n"),
  );
  it("sets aside numbers, contents dots and page numbers, enclosing quotes, a final full stop and case", () => {
    expect(report.containsHeading("Object of Study")).toBe(true);
    expect(report.containsHeading("Has It Been Worth It?")).toBe(true);
    expect(report.containsHeading("Involving the Community")).toBe(true);
    expect(report.containsHeading("Involving the Community.")).toBe(true);
    expect(report.containsHeading("Appendix I: Summary of Findings")).toBe(true);
  });
  it("does not take words from a paragraph for a heading", () => {
    expect(report.containsHeading("the MIC partnership")).toBe(false);
    expect(report.containsHeading("Object")).toBe(false);
  });
});
