import { describe, expect, it } from "vitest";
import type { Graph, GraphNode } from "@pg/api/contract";
import { node, rel } from "@pg/api/contract/graph-builders";
import { answerOffline, searchNodes, shortestPaths } from "./offline-api";
import type { OfflineData } from "./offline-data";

/** The search tests need real names, so these nodes are named rather than called by their ids. */
const named = (id: string, name: string, type: GraphNode["type"] = "Organisation"): GraphNode => ({
  ...node(id, type),
  name,
  summary: `About ${name}`,
});

const graph: Graph = {
  nodes: [
    named("gran", "Gran municipality"),
    named("mukono", "Mukono municipality"),
    named("lugazi", "Lugazi town council"),
    named("p", "The partnership", "Partnership"),
  ],
  relationships: [
    rel("gran", "PARTNER_IN", "p"),
    rel("mukono", "PARTNER_IN", "p"),
    rel("lugazi", "PARTNER_IN", "p"),
    rel("gran", "CONNECTED_TO", "mukono"),
  ],
};
const data: OfflineData = {
  generatedAt: "2026-01-01T00:00:00Z",
  graph,
  metrics: { metrics: {} },
  nodes: { gran: { node: graph.nodes[0] } },
  flows: {
    chains: [
      { start: "gran", hops: [] },
      { start: "mukono", hops: [] },
    ],
  },
  tours: [{ id: "t", title: "T", description: "", steps: [{ title: "s", caption: "", view: {} }] }],
};
const ask = (path: string) => {
  const url = new URL(path, "file:///offline.html");
  return answerOffline(data, url.pathname, url.searchParams);
};

describe("the offline API", () => {
  it("answers the explorer's reads from the file's data", () => {
    expect(ask("/api/graph")).toEqual({ status: 200, body: graph });
    expect(ask("/api/nodes/gran").status).toBe(200);
    expect(ask("/api/nodes/nobody").status).toBe(404);
    expect(ask("/api/tours")).toEqual({
      status: 200,
      body: { tours: [{ id: "t", title: "T", description: "", steps: 1 }] },
    });
    expect(ask("/api/tours/t").status).toBe(200);
    expect((ask("/api/flows?from=mukono").body as { chains: unknown[] }).chains).toHaveLength(1);
  });

  it("answers the layout the file carries, and 404 from a file without one", () => {
    const layout = { version: "v1", positions: [["gran", 1, 2]], ms: 5 };
    expect(answerOffline({ ...data, layout }, "/api/layout", new URLSearchParams())).toEqual({
      status: 200,
      body: layout,
    });
    expect(ask("/api/layout").status).toBe(404);
  });

  it("computes neighbourhoods", () => {
    const body = ask("/api/nodes/lugazi/neighbourhood?depth=1").body as Graph;
    expect(body.nodes.map((n) => n.id).sort()).toEqual(["lugazi", "p"]);
  });

  it("refuses the Cypher console with a readable message", () => {
    const answer = ask("/api/cypher");
    expect(answer.status).toBe(404);
    expect(JSON.stringify(answer.body)).toContain("offline");
  });

  it("searches names, forgiving case, accents and one typo", () => {
    expect(searchNodes(graph.nodes, "gran", 5)[0]?.id).toBe("gran");
    expect(searchNodes(graph.nodes, "MUKKONO", 5)[0]?.id).toBe("mukono");
    expect(searchNodes(graph.nodes, "about lugazi", 5)[0]?.field).toBe("summary");
    expect(searchNodes(graph.nodes, "", 5)).toEqual([]);
  });

  it("finds all shortest paths, with one sentence per path", () => {
    const result = shortestPaths(graph, "gran", "lugazi");
    expect(result.paths).toHaveLength(1);
    expect(result.paths[0]?.nodes.map((n) => n.id)).toEqual(["gran", "p", "lugazi"]);
    expect(result.paths[0]?.sentence).toContain("Gran municipality");
    expect(shortestPaths(graph, "gran", "gran").paths).toEqual([]);
  });
});
