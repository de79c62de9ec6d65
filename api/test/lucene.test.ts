import { describe, expect, it } from "vitest";
import { luceneQuery, matchIndex, snippet, tokens } from "../src/search/lucene";

describe("lucene query building", () => {
  it("keeps only letters and digits, so user text cannot reach Lucene's syntax", () => {
    expect(tokens('Gran) OR (x:"y"^2~ \\ * [1 TO 2]')).toEqual(["gran", "or", "x", "y", "2", "1", "to"]);
    expect(luceneQuery("((( ***")).toBeUndefined();
    const query = luceneQuery('a:b" OR c') ?? "";
    expect(query).not.toMatch(/[:\\]/);
  });

  it("matches exactly, by prefix and fuzzily, with a phrase boost for several words", () => {
    expect(luceneQuery("Mukkono")).toBe("(mukkono^3 OR mukkono*^2 OR mukkono~2)");
    expect(luceneQuery("tax")).toBe("(tax^3 OR tax*^2)");
    expect(luceneQuery("tax collection")).toContain('"tax collection"^4');
  });

  it("keeps non-Latin letters", () => {
    expect(tokens("Kommunenes Sentralforbund – Ålesund")).toEqual(["kommunenes", "sentralforbund", "ålesund"]);
  });

  it("finds where a word matched the way Lucene would, and cuts a snippet around it", () => {
    expect(matchIndex("Mukono municipality", ["mukkono"])).toBe(0);
    expect(matchIndex("Schools in Lugazi", ["luga"])).toBe(11);
    expect(matchIndex("Gran", ["oslo"])).toBe(-1);
    const long = `${"word ".repeat(60)}needle ${"more ".repeat(60)}`;
    const cut = snippet(long, long.indexOf("needle"));
    expect(cut).toContain("needle");
    expect(cut.length).toBeLessThanOrEqual(145);
    expect(cut.startsWith("…")).toBe(true);
  });
});
