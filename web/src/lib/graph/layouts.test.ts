import { describe, expect, it } from "vitest";
import { byTypePositions, fcoseOptions, northSouthPositions, seedPositions, timelinePositions } from "./layouts";
import { nodeSides, nodeSpans } from "./node-facts";
import { fixture } from "./test-fixture";

describe("layouts", () => {
  it("seeds fcose the same way whatever the load order", () => {
    const a = seedPositions(fixture.nodes);
    const b = seedPositions([...fixture.nodes].reverse());
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
    expect(fcoseOptions(50).quality).toBe("default");
    expect(fcoseOptions(5000).quality).toBe("draft");
  });
  it("puts Norway left, Uganda right and shared between", () => {
    const p = northSouthPositions(fixture.nodes, nodeSides(fixture));
    expect(p.get("gran")!.x).toBeLessThan(p.get("partnership")!.x);
    expect(p.get("partnership")!.x).toBeLessThan(p.get("mukono")!.x);
    expect(p.get("lugazi")!.x).toBeGreaterThan(p.get("partnership")!.x);
  });
  it("places by year on the timeline, undated underneath", () => {
    const p = timelinePositions(fixture.nodes, nodeSpans(fixture));
    expect(p.get("mic")!.x).toBeLessThan(p.get("gran")!.x);
    expect(p.get("gran")!.x).toBeLessThan(p.get("lugazi")!.x);
    expect(p.get("tax-know-how")!.y).toBeGreaterThan(p.get("lugazi")!.y);
  });
  it("gives each type its own columns", () => {
    const p = byTypePositions(fixture.nodes);
    expect(p.size).toBe(fixture.nodes.length);
    expect(p.get("gran")!.x).toBeLessThan(p.get("coordinator")!.x);
  });
});
