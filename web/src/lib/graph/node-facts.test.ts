import { describe, expect, it } from "vitest";
import type { Graph } from "@pg/api/contract";
import { majorNodes, nodeSides, nodeSpans, relationshipYear, yearBounds } from "./node-facts";
import { fixture } from "./test-fixture";

describe("node facts", () => {
  const spans = nodeSpans(fixture);
  it("dates a node by its own year, else by its earliest dated relationship", () => {
    expect(spans.get("lugazi-joins")?.start).toBe(2006);
    expect(spans.get("lugazi")?.start).toBe(2006);
    expect(spans.get("gran")?.start).toBe(2001);
    expect(spans.get("mic")?.start).toBe(1999);
    expect(spans.get("tax-know-how")?.start).toBeUndefined();
  });
  it("finds the year bounds", () => {
    expect(yearBounds(spans)).toEqual({ min: 1999, max: 2006 });
  });
  it("puts Norway north, Uganda south and mixed or unknown between", () => {
    const sides = nodeSides(fixture);
    expect(sides.get("gran")).toBe("north");
    expect(sides.get("lugazi")).toBe("south");
    expect(sides.get("coordinator")).toBe("north");
    expect(sides.get("partnership")).toBe("shared");
    expect(sides.get("mic")).toBe("shared");
  });
});

describe("majorNodes", () => {
  const star = (edges: [string, string][]): Graph => ({
    nodes: [],
    relationships: edges.map(([from, to], i) => ({
      id: `r${i}`,
      type: "KNOWS",
      from,
      to,
      properties: {},
      evidence: { quote: "", section: "", sectionTitle: "" },
    })) as unknown as Graph["relationships"],
  });

  it("gives the best-connected first, ties by id, at most n", () => {
    const g = star([
      ["a", "b"],
      ["c", "b"],
      ["d", "b"],
      ["d", "e"],
      ["a", "f"],
    ]);
    expect(majorNodes(g, 3)).toEqual(["b", "a", "d"]);
    expect(majorNodes(g, 10)).toEqual(["b", "a", "d", "c", "e", "f"]);
    expect(majorNodes(g, 0)).toEqual([]);
  });

  it("agrees with a full sort of the degrees", () => {
    let seed = 7;
    const rand = (k: number) => (seed = (seed * 48271) % 2147483647) % k;
    const g = star(Array.from({ length: 400 }, () => [`n${rand(60)}`, `n${rand(60)}`] as [string, string]));
    const degree = new Map<string, number>();
    for (const r of g.relationships) for (const id of [r.from, r.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const sorted = [...degree].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
    for (const n of [1, 9, 24, 60]) expect(majorNodes(g, n)).toEqual(sorted.slice(0, n));
  });
});

describe("nodeSpans", () => {
  it("dates each node as relationshipYear dates its relationships", () => {
    const byId = new Map(fixture.nodes.map((n) => [n.id, n]));
    const spans = nodeSpans(fixture);
    for (const r of fixture.relationships) {
      const y = relationshipYear(r, byId);
      if (y === undefined) continue;
      for (const id of [r.from, r.to]) {
        const start = spans.get(id)?.start;
        expect(start).toBeDefined();
        expect(start).toBeLessThanOrEqual(y);
      }
    }
  });
});
