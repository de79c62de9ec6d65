/**
 * The API's read routes answered from the data inside the offline file, so the explorer and the
 * tours run unchanged from disk. Search, neighbourhoods and paths are computed here; the Cypher
 * console is not offered offline. Pure: (path, query) → status and body.
 */
import type { Graph, GraphNode, GraphRelationship } from "@pg/api/contract";
import { neighbourhood } from "../lib/graph/filters";
import { relationshipLabel } from "../lib/graph/to-cytoscape";
import type { OfflineData } from "./offline-data";

export interface OfflineAnswer {
  status: number;
  body: unknown;
}

const notHere = (message: string): OfflineAnswer => ({ status: 404, body: { error: { code: "not_found", message } } });

function subgraph(graph: Graph, ids: Set<string>): Graph {
  return {
    nodes: graph.nodes.filter((n) => ids.has(n.id)),
    relationships: graph.relationships.filter((r) => ids.has(r.from) && ids.has(r.to)),
  };
}

/** Case- and accent-insensitive, with a little tolerance for typos: words within one edit count. */
function fold(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

export function searchNodes(nodes: readonly GraphNode[], q: string, limit: number) {
  const query = fold(q.trim());
  if (!query) return [];
  const words = query.split(/\s+/);
  const hits: { node: GraphNode; score: number; field: "name" | "summary"; snippet: string }[] = [];
  for (const node of nodes) {
    if (node.type === "Section") continue;
    const name = fold(node.name);
    const summary = fold(node.summary);
    const nameWords = name.split(/[^a-z0-9]+/);
    let score = 0;
    let field: "name" | "summary" = "name";
    if (name.startsWith(query)) score = 10;
    else if (name.includes(query)) score = 6;
    else if (words.every((w) => nameWords.some((nw) => nw.startsWith(w) || (w.length > 3 && withinOneEdit(nw, w)))))
      score = 4;
    else if (summary.includes(query)) {
      score = 2;
      field = "summary";
    }
    if (score > 0)
      hits.push({ node, score, field, snippet: field === "name" ? node.name : node.summary.slice(0, 160) });
  }
  hits.sort((a, b) => b.score - a.score || a.node.name.localeCompare(b.node.name));
  return hits.slice(0, limit).map(({ node, score, field, snippet }) => ({
    id: node.id,
    type: node.type,
    name: node.name,
    summary: node.summary,
    score,
    field,
    snippet,
  }));
}

/** All shortest paths (up to `cap`), ignoring direction, as the /api/paths answer. */
export function shortestPaths(graph: Graph, from: string, to: string, cap = 10) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const adjacency = new Map<string, GraphRelationship[]>();
  for (const r of graph.relationships) {
    if (r.type === "MENTIONED_IN") continue;
    for (const end of [r.from, r.to]) {
      const list = adjacency.get(end) ?? [];
      list.push(r);
      adjacency.set(end, list);
    }
  }
  const distance = new Map([[from, 0]]);
  const parents = new Map<string, { node: string; rel: GraphRelationship }[]>();
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const current = queue[i]!;
    const d = distance.get(current)!;
    if (distance.has(to) && d >= distance.get(to)!) break;
    for (const rel of adjacency.get(current) ?? []) {
      const next = rel.from === current ? rel.to : rel.from;
      if (!distance.has(next)) {
        distance.set(next, d + 1);
        queue.push(next);
      }
      if (distance.get(next) === d + 1) parents.set(next, [...(parents.get(next) ?? []), { node: current, rel }]);
    }
  }
  const found: { nodes: string[]; rels: GraphRelationship[] }[] = [];
  const walk = (node: string, nodes: string[], rels: GraphRelationship[]) => {
    if (found.length >= cap) return;
    if (node === from) {
      found.push({ nodes: [from, ...nodes], rels });
      return;
    }
    for (const p of parents.get(node) ?? []) walk(p.node, [node, ...nodes], [p.rel, ...rels]);
  };
  if (from !== to && distance.has(to)) walk(to, [], []);
  const name = (id: string) => byId.get(id)?.name ?? id;
  const paths = found.map(({ nodes, rels }) => {
    const hops = rels.map((rel, i) => {
      const a = nodes[i]!;
      const b = nodes[i + 1]!;
      const forward = rel.from === a;
      const text = forward
        ? `${name(a)} ${relationshipLabel(rel.type)} ${name(b)}`
        : `${name(a)} is reached from ${name(b)} (${relationshipLabel(rel.type)})`;
      return { relationship: rel, from: a, to: b, forward, text };
    });
    return {
      length: rels.length,
      nodes: nodes.map((id) => byId.get(id)!).filter(Boolean),
      relationships: rels,
      hops,
      sentence: hops.map((h) => h.text).join("; "),
    };
  });
  return { from, to, paths, truncated: found.length >= cap };
}

export function answerOffline(data: OfflineData, path: string, query: URLSearchParams): OfflineAnswer {
  const parts = path
    .replace(/^\/api\/?/, "")
    .split("/")
    .map(decodeURIComponent);
  const [route, id, sub] = parts;
  switch (route) {
    case "health":
      return {
        status: 200,
        body: { status: "ok", neo4j: { reachable: false, version: null, edition: null, latencyMs: null } },
      };
    case "graph":
      return { status: 200, body: data.graph };
    case "metrics":
      return { status: 200, body: data.metrics };
    case "layout":
      return data.layout ? { status: 200, body: data.layout } : notHere("This file has no precomputed layout");
    case "flows": {
      const from = query.get("from");
      const all = data.flows as { chains?: { start: string }[] } | null;
      const chains = (all?.chains ?? []).filter((c) => !from || c.start === from);
      return { status: 200, body: { ...(all ?? {}), chains } };
    }
    case "tours":
      if (!id) {
        const tours = data.tours.map((t) => ({
          id: t.id,
          title: t.title,
          description: t.description,
          steps: t.steps.length,
        }));
        return { status: 200, body: { tours } };
      }
      return data.tours.find((t) => t.id === id)
        ? { status: 200, body: data.tours.find((t) => t.id === id) }
        : notHere(`No tour with id "${id}"`);
    case "nodes": {
      if (!id || !data.graph.nodes.some((n) => n.id === id)) return notHere(`No node with id "${id ?? ""}"`);
      if (sub === "neighbourhood") {
        const depth = Math.min(3, Math.max(1, Number(query.get("depth") ?? "1") || 1));
        return { status: 200, body: subgraph(data.graph, neighbourhood(id, depth, data.graph.relationships)) };
      }
      const details = data.nodes[id];
      return details ? { status: 200, body: details } : notHere(`No details for "${id}" in this file`);
    }
    case "search": {
      const limit = Math.min(50, Math.max(1, Number(query.get("limit") ?? "8") || 8));
      const q = query.get("q") ?? "";
      return { status: 200, body: { query: q, hits: searchNodes(data.graph.nodes, q, limit) } };
    }
    case "paths": {
      const from = query.get("from") ?? "";
      const to = query.get("to") ?? "";
      const ids = new Set(data.graph.nodes.map((n) => n.id));
      if (!ids.has(from) || !ids.has(to)) return notHere("Both ends of a path must be nodes in this file");
      return { status: 200, body: shortestPaths(data.graph, from, to) };
    }
    default:
      return notHere(`${path} is not available in the offline file (the Cypher console needs the server).`);
  }
}
