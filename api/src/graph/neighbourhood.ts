/** The subgraph within `depth` hops of a node, optionally only through some node types. */
import type { NodeType } from "@pg/seed/schema";
import type { Graph, GraphNode, GraphRelationship } from "../contract/graph";

export function neighbourhood(
  graph: Graph,
  nodeById: ReadonlyMap<string, GraphNode>,
  startId: string,
  depth: number,
  types?: readonly NodeType[],
): Graph {
  const allowed = types?.length ? new Set<string>(types) : undefined;
  const adjacency = new Map<string, GraphRelationship[]>();
  for (const rel of graph.relationships) {
    for (const end of [rel.from, rel.to]) {
      const list = adjacency.get(end);
      if (list) list.push(rel);
      else adjacency.set(end, [rel]);
    }
  }
  const reached = new Set([startId]);
  let frontier = [startId];
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const rel of adjacency.get(id) ?? []) {
        const other = rel.from === id ? rel.to : rel.from;
        if (reached.has(other)) continue;
        const node = nodeById.get(other);
        if (!node || (allowed && !allowed.has(node.type))) continue;
        reached.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  const nodes = [...reached].flatMap((id) => nodeById.get(id) ?? []);
  const relationships = graph.relationships.filter((rel) => reached.has(rel.from) && reached.has(rel.to));
  return { nodes, relationships };
}
