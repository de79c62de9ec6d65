import { describe, expect, it } from "vitest";
import { BASE_SIZE, shortLabel, toElements } from "./to-cytoscape";
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
  it("shortens very long labels", () => {
    expect(shortLabel("x".repeat(100)).length).toBeLessThanOrEqual(48);
  });
});
