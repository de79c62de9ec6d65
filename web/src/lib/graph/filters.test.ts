import { describe, expect, it } from "vitest";
import { applyFilters, neighbourhood, type FilterContext } from "./filters";
import { nodeSides, nodeSpans } from "./node-facts";
import { fixture } from "./test-fixture";
import { defaultView } from "./view";

const ctx: FilterContext = {
  spans: nodeSpans(fixture),
  sides: nodeSides(fixture),
  metrics: new Map(
    fixture.nodes.map((n, i) => [n.id, { degree: i, betweenness: i, closeness: 0, pagerank: 0, community: 0 }]),
  ),
};
const ids = (g: { nodes: { id: string }[] }) => g.nodes.map((n) => n.id).sort();

describe("applyFilters", () => {
  it("shows everything but evidence, documents and concepts by default", () => {
    expect(applyFilters(fixture, defaultView(), ctx).nodes).toHaveLength(fixture.nodes.length);
  });
  it("hides a type and the relationships that touch it", () => {
    const g = applyFilters(fixture, { ...defaultView(), hiddenTypes: ["Organisation"] }, ctx);
    expect(g.nodes.some((n) => n.type === "Organisation")).toBe(false);
    expect(g.relationships.every((r) => !["gran", "mukono", "lugazi"].includes(r.from))).toBe(true);
  });
  it("hides Lugazi on the timeline in 2005 and shows it in 2006", () => {
    const at = (year: number) => ids(applyFilters(fixture, { ...defaultView(), mode: "timeline", year }, ctx));
    expect(at(2005)).not.toContain("lugazi");
    expect(at(2005)).toContain("mukono");
    expect(at(2006)).toContain("lugazi");
  });
  it("filters by side", () => {
    const g = applyFilters(fixture, { ...defaultView(), sides: ["south"] }, ctx);
    expect(ids(g)).toEqual(["lugazi", "lugazi-joins", "mukono"]);
  });
  it("keeps only knowledge flows in flow mode", () => {
    const g = applyFilters(fixture, { ...defaultView(), mode: "flows" }, ctx);
    expect(g.relationships.every((r) => r.type === "KNOWLEDGE_FLOW")).toBe(true);
    expect(ids(g)).toEqual(["coordinator", "gran", "mukono"]);
  });
  it("focuses on the selection's neighbourhood", () => {
    const g = applyFilters(fixture, { ...defaultView(), selected: "lugazi", focusDepth: 1 }, ctx);
    expect(ids(g)).toEqual(["lugazi", "lugazi-joins", "partnership"]);
  });
  it("drops nodes under the metric threshold", () => {
    const g = applyFilters(fixture, { ...defaultView(), sizeBy: "degree", minMetric: 0.5 }, ctx);
    expect(g.nodes.length).toBeLessThan(fixture.nodes.length);
    expect(ids(g)).not.toContain("gran");
  });
  it("walks a neighbourhood ignoring direction", () => {
    expect([...neighbourhood("gran-school", 2, fixture.relationships)].sort()).toEqual(
      ["coordinator", "gran", "gran-school", "mukono", "partnership"].sort(),
    );
  });
});
