import { describe, expect, it } from "vitest";
import { listExamples, parseExample } from "../src/examples";
import { EXAMPLE_EXPECTATIONS } from "./example-expectations";

describe("cypher/examples", () => {
  const examples = listExamples();

  it("holds at least 12 questions, each with a title, a question and a query", () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
    for (const example of examples) {
      expect(example.title.length, example.id).toBeGreaterThan(5);
      expect(example.question, example.id).toMatch(/\?$/);
      expect(example.cypher, example.id).toMatch(/\bRETURN\b/);
      expect(example.cypher, example.id).not.toMatch(/\/\/ (Title|Question):/);
    }
  });

  it("runs as written in the console: no $parameters", () => {
    for (const example of examples) expect(example.cypher, example.id).not.toMatch(/\$[A-Za-z_]/);
  });

  it("has an asserted answer for every example, and no answer without an example", () => {
    expect(Object.keys(EXAMPLE_EXPECTATIONS).sort()).toEqual(examples.map((e) => e.id).sort());
  });

  it("refuses a file without its header", () => {
    expect(() => parseExample("bare", "MATCH (n) RETURN n")).toThrow(/Title/);
    expect(parseExample("ok", "// Title: T\n// Question: Q?\nRETURN 1")).toEqual({
      id: "ok",
      title: "T",
      question: "Q?",
      cypher: "RETURN 1",
    });
  });
});
