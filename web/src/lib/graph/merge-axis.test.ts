import { describe, expect, it } from "vitest";
import { axisLabels, timelinePositions } from "./layouts";
import { mergeGraph, toggled } from "./merge";
import { majorNodes, nodeSpans } from "./node-facts";
import { fixture } from "./test-fixture";

describe("mergeGraph", () => {
  it("adds only what is new and leaves evidence out", () => {
    const extra = {
      nodes: [
        fixture.nodes[0]!,
        { id: "new", type: "Person" as const, name: "New", summary: "s", properties: {} },
        { id: "sec-1", type: "Section" as const, name: "1", summary: "s", properties: {} },
      ],
      relationships: [
        {
          ...fixture.relationships[0]!,
          id: "new|CONNECTED_TO|gran",
          from: "new",
          to: "gran",
          type: "CONNECTED_TO" as const,
        },
      ],
    };
    const merged = mergeGraph(fixture, extra);
    expect(merged.nodes).toHaveLength(fixture.nodes.length + 1);
    expect(merged.relationships).toHaveLength(fixture.relationships.length + 1);
    expect(mergeGraph(fixture, { nodes: [], relationships: [] })).toBe(fixture);
  });
  it("toggles an item and keeps the canonical order", () => {
    expect(toggled(["b"], "a", ["a", "b", "c"])).toEqual(["a", "b"]);
    expect(toggled(["a", "b"], "a", ["a", "b", "c"])).toEqual(["b"]);
  });
});

describe("axis labels and hubs", () => {
  it("puts one heading per year over its column, Undated over the rows below", () => {
    const spans = nodeSpans(fixture);
    const pos = timelinePositions(fixture.nodes, spans);
    const labels = axisLabels("timeline", pos, (id) => String(spans.get(id)?.start ?? "Undated"));
    const byLabel = new Map(labels.map((l) => [l.label, l]));
    expect([...byLabel.keys()].sort()).toEqual(["1999", "2001", "2006", "Undated"]);
    expect(byLabel.get("Undated")!.y).toBeGreaterThan(byLabel.get("2006")!.y);
    expect(byLabel.get("1999")!.x).toBeLessThan(byLabel.get("2006")!.x);
  });
  it("names the best-connected nodes", () => {
    expect(majorNodes(fixture, 1)).toEqual(["gran"]);
    expect(majorNodes(fixture, 3)).toHaveLength(3);
  });
});
