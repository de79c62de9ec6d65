import { describe, expect, it } from "vitest";
import { csvCell, graphJson, nodesCsv, relationshipsCsv } from "./exports";
import { fixture } from "./test-fixture";

describe("exports", () => {
  it("quotes CSV cells that need it and defuses formulas", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvCell("=SUM(A1)")).toBe(`"'=SUM(A1)"`);
    expect(csvCell(["a", "b"])).toBe("a; b");
    expect(csvCell(null)).toBe("");
  });
  it("writes one row per node with every property as a column", () => {
    const lines = nodesCsv(fixture.nodes).trim().split("\r\n");
    expect(lines).toHaveLength(fixture.nodes.length + 1);
    expect(lines[0]).toMatch(/^id,type,name,summary,/);
    expect(lines[0]).toContain("country");
  });
  it("writes relationships with their evidence", () => {
    const lines = relationshipsCsv(fixture.relationships).trim().split("\r\n");
    expect(lines[0]).toMatch(/^id,type,from,to,section,quote/);
    expect(lines).toHaveLength(fixture.relationships.length + 1);
  });
  it("writes JSON in the API's graph shape", () => {
    expect(JSON.parse(graphJson(fixture))).toEqual(fixture);
  });
});
