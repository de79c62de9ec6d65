import { describe, expect, it } from "vitest";
import type { Graph } from "../src/contract";
import { node, rel } from "../src/contract/graph-builders";
import { seededRandom } from "@pg/seed/seeded-random";
import { computeMetrics } from "../src/graph/compute-metrics";
import { filterGraph, spanOf } from "../src/graph/filter-graph";
import { flowChains } from "../src/graph/flow-chains";
import { neighbourhood } from "../src/graph/neighbourhood";

describe("filterGraph", () => {
  const graph: Graph = {
    nodes: [
      node("a"),
      node("e2005", "Event", { year: 2005 }),
      node("p", "Partnership", { since: 2000 }),
      node("old", "Event", { startYear: 1990, endYear: 1995 }),
    ],
    relationships: [rel("a", "PARTICIPATED_IN", "e2005"), rel("a", "PARTNER_IN", "p", { since: 2006 })],
  };

  it("reads a span from year, date, start/end years and since/until", () => {
    expect(spanOf({ year: 2005 })).toEqual([2005, 2005]);
    expect(spanOf({ date: "2008-05-17" })).toEqual([2008, 2008]);
    expect(spanOf({ since: 2000 })).toEqual([2000, undefined]);
  });

  it("keeps undated things and whatever overlaps the range, and drops relationships to dropped nodes", () => {
    const result = filterGraph(graph, { from: 2001, to: 2004 });
    expect(result.nodes.map((n) => n.id).sort()).toEqual(["a", "p"]);
    expect(result.relationships).toEqual([]);
    expect(filterGraph(graph, { types: ["Event"] }).nodes.map((n) => n.id)).toEqual(["e2005", "old"]);
  });
});

describe("neighbourhood", () => {
  it("expands hop by hop, only through allowed types", () => {
    const graph: Graph = {
      nodes: [node("a"), node("b", "Person"), node("c"), node("d")],
      relationships: [rel("b", "MEMBER_OF", "a"), rel("a", "CONNECTED_TO", "c"), rel("c", "CONNECTED_TO", "d")],
    };
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    expect(
      neighbourhood(graph, byId, "a", 1)
        .nodes.map((n) => n.id)
        .sort(),
    ).toEqual(["a", "b", "c"]);
    expect(neighbourhood(graph, byId, "a", 2).nodes).toHaveLength(4);
    expect(
      neighbourhood(graph, byId, "a", 3, ["Person"])
        .nodes.map((n) => n.id)
        .sort(),
    ).toEqual(["a", "b"]);
  });
});

describe("flowChains", () => {
  const flow = (from: string, to: string, status: string) => rel(from, "KNOWLEDGE_FLOW", to, { status });
  it("follows flows until one stalls or nothing goes further", () => {
    const flows = [
      flow("mukono", "politician", "flowed"),
      flow("politician", "gran", "stalled"),
      flow("gran", "inhabitants", "partial"),
    ];
    const { chains } = flowChains(flows);
    expect(chains).toEqual([
      {
        nodes: ["mukono", "politician", "gran"],
        hops: ["mukono|KNOWLEDGE_FLOW|politician", "politician|KNOWLEDGE_FLOW|gran"],
        status: "stalled",
        stopsAt: { node: "gran", reason: "stalled" },
      },
    ]);
    expect(flowChains(flows, "gran").chains[0]).toMatchObject({
      status: "partial",
      stopsAt: { node: "inhabitants", reason: "end" },
    });
  });

  it("ends a chain at a hop that was only intended: nothing is known to have gone on from there", () => {
    const flows = [
      flow("gran", "mukono", "flowed"),
      flow("mukono", "lugazi", "intended"),
      flow("lugazi", "lugazi-schools", "flowed"),
    ];
    expect(flowChains(flows).chains).toEqual([
      {
        nodes: ["gran", "mukono", "lugazi"],
        hops: ["gran|KNOWLEDGE_FLOW|mukono", "mukono|KNOWLEDGE_FLOW|lugazi"],
        status: "intended",
        stopsAt: { node: "lugazi", reason: "intended" },
      },
    ]);
    // A partial hop does not end the chain, and an intended one ranks above it.
    const partial = flowChains([flow("a", "b", "partial"), flow("b", "c", "intended")]).chains[0];
    expect(partial).toMatchObject({ nodes: ["a", "b", "c"], status: "intended" });
  });

  it("survives cycles", () => {
    const { chains } = flowChains([flow("a", "b", "flowed"), flow("b", "a", "flowed")]);
    expect(chains.length).toBeGreaterThan(0);
    expect(chains.every((c) => new Set(c.nodes).size === c.nodes.length)).toBe(true);
  });
});

describe("computeMetrics", () => {
  const graph: Graph = {
    nodes: ["a", "b", "c", "d", "e", "f", "g"].map((id) => node(id)),
    relationships: [
      rel("a", "CONNECTED_TO", "b"),
      rel("b", "CONNECTED_TO", "c"),
      rel("a", "CONNECTED_TO", "c"),
      rel("c", "CONNECTED_TO", "d"),
      rel("d", "CONNECTED_TO", "e"),
      rel("e", "CONNECTED_TO", "f"),
      rel("f", "CONNECTED_TO", "d"),
    ],
  };

  it("finds the broker between two clusters and is the same every time", () => {
    const first = computeMetrics(graph);
    const second = computeMetrics({
      nodes: [...graph.nodes].reverse(),
      relationships: [...graph.relationships].reverse(),
    });
    expect(second).toEqual(first);
    const top = Object.entries(first.nodes).sort((x, y) => y[1].betweenness - x[1].betweenness)[0]?.[0];
    expect(["c", "d"]).toContain(top);
    expect(first.nodes["a"]?.community).toBe(first.nodes["b"]?.community);
    expect(first.nodes["a"]?.community).not.toBe(first.nodes["e"]?.community);
    expect(first.nodes["g"]?.degree).toBe(0);
  });

  it("uses a deterministic random source", () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
