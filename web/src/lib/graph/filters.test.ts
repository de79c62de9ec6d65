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
  describe("with expanded nodes", () => {
    const base = { ...defaultView(), hiddenTypes: ["Partnership" as const, "Event" as const, "Person" as const] };
    it("adds exactly the node's neighbours and its relationships, whatever hid them", () => {
      const shown = applyFilters(fixture, base, ctx);
      const g = applyFilters(fixture, { ...base, expanded: ["lugazi"] }, ctx);
      expect(ids(g)).toEqual([...ids(shown), "lugazi-joins", "partnership"].sort());
      // Its own two, and those the shown partnership has with shown nodes.
      const added = [
        "lugazi|PARTICIPATED_IN|lugazi-joins",
        "lugazi|PARTNER_IN|partnership",
        "gran|PARTNER_IN|partnership",
        "mukono|PARTNER_IN|partnership",
        "partnership|PART_OF|mic",
      ];
      expect(g.relationships.map((r) => r.id).sort()).toEqual(
        [...shown.relationships.map((r) => r.id), ...added].sort(),
      );
    });
    it("reaches outside a focus, a year and a side, and collapses back", () => {
      const narrow = { ...base, sides: ["north" as const], selected: "gran", focusDepth: 1, yearTo: 2003 };
      const before = ids(applyFilters(fixture, narrow, ctx));
      expect(before).not.toContain("lugazi");
      const g = applyFilters(fixture, { ...narrow, expanded: ["lugazi"] }, ctx);
      expect(ids(g)).toEqual([...new Set([...before, "lugazi", "lugazi-joins", "partnership"])].sort());
      expect(ids(applyFilters(fixture, { ...narrow, expanded: [] }, ctx))).toEqual(before);
    });
    it("keeps nodes hidden by hand hidden", () => {
      const g = applyFilters(fixture, { ...base, hiddenIds: ["partnership"], expanded: ["lugazi"] }, ctx);
      expect(ids(g)).not.toContain("partnership");
      expect(ids(g)).toContain("lugazi-joins");
    });
    it("shows a flow neighbour's other relationships only as the mode allows", () => {
      const g = applyFilters(fixture, { ...defaultView(), mode: "flows", expanded: ["coordinator"] }, ctx);
      expect(g.relationships.filter((r) => r.type !== "KNOWLEDGE_FLOW").map((r) => r.id)).toEqual([
        "coordinator|MEMBER_OF|gran",
      ]);
    });
  });
  it("walks a neighbourhood ignoring direction", () => {
    expect([...neighbourhood("gran-school", 2, fixture.relationships)].sort()).toEqual(
      ["coordinator", "gran", "gran-school", "mukono", "partnership"].sort(),
    );
  });
});
