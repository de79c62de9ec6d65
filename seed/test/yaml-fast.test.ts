import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { defaultDataFiles, readSourceFile } from "../src/read-files";
import { generateSynthetic } from "../src/synthetic";
import { fastParse } from "../src/yaml-fast";

const FIXTURES = path.join(import.meta.dirname, "fixtures");
const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => path.join(dir, f));

/** What the `yaml` package (the reading every file:line comes from) makes of a text. */
const slow = (text: string): unknown => YAML.parseDocument(text).toJSON();

describe("the fast YAML reading", () => {
  it("reads every scalar as the yaml package's YAML 1.2 core schema does", () => {
    const scalars = [
      "12",
      "+12",
      "-7",
      "0o17",
      "0o9",
      "0x1F",
      "0b11",
      "1_000",
      "1.50",
      ".5",
      "1.",
      "1e3",
      "-2.5E-3",
      ".inf",
      "-.Inf",
      ".NaN",
      "~",
      "null",
      "Null",
      "NULL",
      "",
      "true",
      "True",
      "TRUE",
      "yes",
      "no",
      "on",
      "2012-02-15",
      "12:30",
      "'12'",
      '"true"',
      "!!str 12",
      "!!int 0x10",
      "!!float 1.5",
      "Appendix I",
      "5.3",
    ];
    const text = scalars.map((s, i) => `k${i}: ${s}`).join("\n");
    expect(fastParse(text)?.data).toEqual(slow(text));
  });

  it("reads the report dataset, the fixtures and a synthetic dataset to the same values", () => {
    const files = [
      ...defaultDataFiles(),
      ...yamlFiles(path.join(FIXTURES, "tiny")),
      ...yamlFiles(path.join(FIXTURES, "broken")),
    ];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      const fast = fastParse(text);
      if (fast) expect(fast.data, file).toEqual(slow(text));
    }
    const synthetic = YAML.stringify(generateSynthetic({ nodes: 300, seed: 3 }));
    expect(fastParse(synthetic)?.data).toEqual(slow(synthetic));
  });

  it("leaves what it refuses to the yaml package, whose errors carry the line", () => {
    expect(fastParse("a: [unclosed\nb: 1\n")).toBeUndefined();
    expect(fastParse("a: 1\na: 2\n")).toBeUndefined();
    const broken = readSourceFile(path.join(FIXTURES, "broken", "yaml-syntax.yaml"));
    expect(broken.problems[0]).toMatchObject({ path: "(yaml)", line: 4 });
  });

  it("finds lines only when asked, from the yaml package's positions", () => {
    const source = readSourceFile(path.join(FIXTURES, "tiny", "actors.yaml"));
    expect(source.problems).toEqual([]);
    const text = readFileSync(path.join(FIXTURES, "tiny", "actors.yaml"), "utf8");
    const nodeLines = text.split("\n").flatMap((line, i) => (line.startsWith("  - id:") ? [i + 1] : []));
    expect(source.lineOf(["nodes", 1])).toBe(nodeLines[1]);
  });
});
