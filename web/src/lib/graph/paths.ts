/**
 * Paths as readers see them: hops in order, each a sentence with its quote. Also a local
 * all-shortest-paths search over the loaded graph, used when the API cannot answer (and offline).
 */
import type { Graph, GraphNode, GraphRelationship } from "@pg/api/contract";
import { relationshipLabel } from "./to-cytoscape";

export interface PathHop {
  from: GraphNode;
  to: GraphNode;
  relationship: GraphRelationship;
  /** The sentence in the relationship's own direction: "Gran school → participated in → …". */
  sentence: string;
}

export interface SimplePath {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  /** The API's hops, already in walking order with a sentence each, when it gave them. */
  hops?: { relationship: GraphRelationship; from: string; to: string; text: string }[];
}

export function hopSentence(rel: GraphRelationship, byId: Map<string, GraphNode>): string {
  const a = byId.get(rel.from)?.name ?? rel.from;
  const b = byId.get(rel.to)?.name ?? rel.to;
  const topic = typeof rel.properties.topic === "string" ? ` (${rel.properties.topic})` : "";
  return `${a} ${relationshipLabel(rel.type)}${topic} ${b}`;
}

/** Orders a path's relationships along its node sequence. */
export function pathHops(path: SimplePath): PathHop[] {
  const byId = new Map(path.nodes.map((n) => [n.id, n]));
  if (path.hops?.length && path.hops.every((h) => byId.has(h.from) && byId.has(h.to)))
    return path.hops.map((h) => ({
      from: byId.get(h.from)!,
      to: byId.get(h.to)!,
      relationship: h.relationship,
      sentence: h.text,
    }));
  const hops: PathHop[] = [];
  const used = new Set<string>();
  for (let i = 0; i + 1 < path.nodes.length; i++) {
    const a = path.nodes[i]!;
    const b = path.nodes[i + 1]!;
    const rel = path.relationships.find(
      (r) => !used.has(r.id) && ((r.from === a.id && r.to === b.id) || (r.from === b.id && r.to === a.id)),
    );
    if (!rel) continue;
    used.add(rel.id);
    hops.push({ from: a, to: b, relationship: rel, sentence: hopSentence(rel, byId) });
  }
  return hops;
}

/** All shortest paths between two nodes, ignoring direction, at most `cap` of them. */
export function allShortestPaths(graph: Graph, from: string, to: string, cap = 10, maxLength = 8): SimplePath[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  if (!byId.has(from) || !byId.has(to)) return [];
  const adj = new Map<string, { other: string; rel: GraphRelationship }[]>();
  for (const r of graph.relationships) {
    if (!byId.has(r.from) || !byId.has(r.to)) continue;
    (adj.get(r.from) ?? adj.set(r.from, []).get(r.from)!).push({ other: r.to, rel: r });
    (adj.get(r.to) ?? adj.set(r.to, []).get(r.to)!).push({ other: r.from, rel: r });
  }
  const dist = new Map([[from, 0]]);
  const preds = new Map<string, { prev: string; rel: GraphRelationship }[]>();
  let frontier = [from];
  while (frontier.length && !dist.has(to)) {
    const next: string[] = [];
    for (const id of frontier) {
      const d = dist.get(id)!;
      if (d >= maxLength) continue;
      for (const { other, rel } of adj.get(id) ?? []) {
        if (!dist.has(other)) {
          dist.set(other, d + 1);
          next.push(other);
        }
        if (dist.get(other) === d + 1) (preds.get(other) ?? preds.set(other, []).get(other)!).push({ prev: id, rel });
      }
    }
    frontier = next;
  }
  if (!dist.has(to)) return [];
  const out: SimplePath[] = [];
  const walk = (id: string, nodes: string[], rels: GraphRelationship[]) => {
    if (out.length >= cap) return;
    if (id === from) {
      out.push({ nodes: [from, ...nodes].map((x) => byId.get(x)!), relationships: [...rels].reverse() });
      return;
    }
    for (const p of preds.get(id) ?? []) walk(p.prev, [id, ...nodes], [...rels, p.rel]);
  };
  walk(to, [], []);
  return out;
}
