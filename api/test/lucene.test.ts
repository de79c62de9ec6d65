import { describe, expect, it } from "vitest";
import { luceneQuery, matchIndex, snippet, tokens, withinEditDistance } from "../src/search/lucene";

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

describe("bounded edit distance", () => {
  const levenshtein = (a: string, b: string): number => {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      const current = [i];
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
      }
      previous = current;
    }
    return previous[b.length] ?? 0;
  };

  it("agrees with the full Levenshtein distance on every bound", () => {
    // A fixed pseudo-random sequence: short words over a small alphabet meet every edit often.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const word = () => Array.from({ length: Math.floor(next() * 9) }, () => "abcå"[Math.floor(next() * 4)]).join("");
    for (let i = 0; i < 3000; i++) {
      const [a, b, max] = [word(), word(), Math.floor(next() * 4)];
      expect(withinEditDistance(a, b, max), `${a} ${b} ${max}`).toBe(levenshtein(a, b) <= max);
    }
    expect(withinEditDistance("x".repeat(100), "x".repeat(99), 1)).toBe(true);
  });
});
