/**
 * Network metrics with graphology: degree, betweenness, closeness, PageRank and Louvain
 * communities. Louvain runs with a seeded RNG so the same graph always gets the same communities.
 */
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import betweenness from "graphology-metrics/centrality/betweenness";
import closeness from "graphology-metrics/centrality/closeness";
import pagerank from "graphology-metrics/centrality/pagerank";
import type { Graph as ContractGraph, NodeMetrics } from "../contract/graph";
import { seededRandom } from "@pg/seed/seeded-random";

/** Betweenness and closeness are O(V·E); above this many nodes they are left at 0 rather than stall the API. */
export const EXACT_METRICS_MAX_NODES = 5000;

export interface ComputedMetrics {
  nodes: Record<string, NodeMetrics>;
  communities: number;
  modularity: number;
  exact: boolean;
}

export function computeMetrics(input: ContractGraph): ComputedMetrics {
  // Structure, not direction, makes a broker: centralities use the undirected simple graph.
  const undirected = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const directed = new Graph({ type: "directed", multi: false, allowSelfLoops: false });
  for (const node of [...input.nodes].sort((a, b) => a.id.localeCompare(b.id))) {
    undirected.addNode(node.id);
    directed.addNode(node.id);
  }
  for (const rel of [...input.relationships].sort((a, b) => a.id.localeCompare(b.id))) {
    if (rel.from === rel.to || !undirected.hasNode(rel.from) || !undirected.hasNode(rel.to)) continue;
    if (!undirected.hasEdge(rel.from, rel.to)) undirected.addEdge(rel.from, rel.to);
    if (!directed.hasEdge(rel.from, rel.to)) directed.addEdge(rel.from, rel.to);
  }

  const exact = undirected.order <= EXACT_METRICS_MAX_NODES;
  const between = exact && undirected.size > 0 ? betweenness(undirected, { normalized: true }) : {};
  const close = exact && undirected.size > 0 ? closeness(undirected, { wassermanFaust: true }) : {};
  const rank = directed.order > 0 ? pagerank(directed, { getEdgeWeight: null }) : {};
  const detailed =
    undirected.size > 0
      ? louvain.detailed(undirected, { rng: seededRandom(20120501), getEdgeWeight: null })
      : undefined;

  const nodes: Record<string, NodeMetrics> = {};
  undirected.forEachNode((id) => {
    nodes[id] = {
      degree: undirected.degree(id),
      betweenness: round(between[id] ?? 0),
      closeness: round(close[id] ?? 0),
      pagerank: round(rank[id] ?? 0),
      community: detailed?.communities[id] ?? 0,
    };
  });
  return { nodes, communities: detailed?.count ?? 0, modularity: round(detailed?.modularity ?? 0), exact };
}

const round = (value: number): number => (Number.isFinite(value) ? Math.round(value * 1e6) / 1e6 : 0);
