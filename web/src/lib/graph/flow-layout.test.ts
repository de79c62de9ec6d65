import { describe, expect, it } from "vitest";
import { flowPositions } from "./flow-layout";
import { isFlow } from "./flows";
import { nodeSides } from "./node-facts";
import { fixture } from "./test-fixture";

const sides = nodeSides(fixture);
const flows = fixture.relationships.filter(isFlow);
const actors = fixture.nodes.filter((n) => flows.some((r) => r.from === n.id || r.to === n.id));

describe("flowPositions", () => {
  const pos = flowPositions(actors, flows, sides);
  it("places Norway left of the shared actors and Uganda right", () => {
    expect(pos.get("gran")!.x).toBeLessThan(0);
    expect(pos.get("coordinator")!.x).toBeLessThan(0);
    expect(pos.get("mukono")!.x).toBeGreaterThan(0);
  });
  it("gives every actor a place of its own, far enough apart for a two-line label", () => {
    const points = [...pos.values()];
    expect(points).toHaveLength(actors.length);
    for (const [i, a] of points.entries())
      for (const b of points.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(100);
  });
  it("is the same from one call to the next, whatever the input order", () => {
    const again = flowPositions([...actors].reverse(), [...flows].reverse(), sides);
    expect([...again].sort()).toEqual([...pos].sort());
  });
  it("brings partners level: a busy side's actors sort towards those they exchange with", () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ ...actors[0]!, id: `n${i}`, name: `North ${i}` }));
    const south = [0, 1].map((i) => ({ ...actors[0]!, id: `s${i}`, name: `South ${i}` }));
    const s = new Map([...many.map((n) => [n.id, "north"] as const), ...south.map((n) => [n.id, "south"] as const)]);
    const rel = (from: string, to: string) => ({ ...flows[0]!, id: `${from}-${to}`, from, to });
    // s0 talks to three, s1 to two: s0 starts on top, and its partners gather in the top row.
    const rels = [
      rel("n0", "s0"),
      rel("n1", "s0"),
      rel("n2", "s0"),
      rel("n3", "s0"),
      rel("n9", "s1"),
      rel("n10", "s1"),
    ];
    const p = flowPositions([...many, ...south], rels, s);
    const y = (id: string) => p.get(id)!.y;
    expect(y("s0")).toBeLessThan(y("s1"));
    expect(Math.max(y("n0"), y("n1"), y("n2"))).toBeLessThan(Math.min(y("n9"), y("n10")));
  });
});
