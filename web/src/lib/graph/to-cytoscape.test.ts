import { describe, expect, it } from "vitest";
import { BASE_SIZE, MAX_EXTRA_SIZE, SIZE_STEP, shortLabel, toElements } from "./to-cytoscape";
import { fixture } from "./test-fixture";

describe("toElements", () => {
  it("makes one element per node and relationship", () => {
    const els = toElements(fixture);
    expect(els.filter((e) => e.group === "nodes")).toHaveLength(fixture.nodes.length);
    expect(els.filter((e) => e.group === "edges")).toHaveLength(fixture.relationships.length);
  });
  it("marks knowledge flows with their status", () => {
    const flow = toElements(fixture).find((e) => e.data.id === "gran|KNOWLEDGE_FLOW|coordinator");
    expect(flow?.classes).toBe("flow");
    expect(flow?.data.status).toBe("stalled");
    expect(flow?.data.label).toBe("knowledge flow");
  });
  it("sizes nodes by a metric", () => {
    const els = toElements(fixture, { sizes: new Map([["gran", 1]]) });
    expect(els.find((e) => e.data.id === "gran")!.data.size).toBeGreaterThan(BASE_SIZE);
    expect(els.find((e) => e.data.id === "mukono")!.data.size).toBe(BASE_SIZE);
  });
  it("sizes in steps, so nodes of nearly the same size share Cytoscape's cached picture", () => {
    const shares = [0, 0.01, 0.25, 0.26, 0.5, 0.9, 1];
    const sizes = toElements(fixture, { sizes: new Map(shares.map((v, i) => [fixture.nodes[i]!.id, v])) })
      .filter((e) => e.group === "nodes")
      .slice(0, shares.length)
      .map((e) => Number(e.data.size));
    for (const s of sizes) expect((s - BASE_SIZE) % SIZE_STEP).toBe(0);
    expect(sizes[0]).toBe(BASE_SIZE);
    expect(sizes[2]).toBe(sizes[3]);
    expect(sizes.at(-1)).toBe(BASE_SIZE + MAX_EXTRA_SIZE);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
  });
  it("shortens very long labels", () => {
    expect(shortLabel("x".repeat(100)).length).toBeLessThanOrEqual(48);
  });
});
