/** Small pure helpers that build fresh collections; state replaces them whole rather than mutating them. */
import type { Graph, GraphNode, NodeMetrics } from "@pg/api/contract";

export const indexById = (nodes: readonly GraphNode[]): Map<string, GraphNode> => new Map(nodes.map((n) => [n.id, n]));

export const idSet = (items: readonly { id: string }[]): Set<string> => new Set(items.map((i) => i.id));

export const metricsMap = (m: Record<string, NodeMetrics>): Map<string, NodeMetrics> => new Map(Object.entries(m));

/** Adds what "expand" fetched; what is already present stays as it is. Section nodes are evidence, not network. */
export function mergeGraph(base: Graph, extra: Graph): Graph {
  const have = idSet(base.nodes);
  const haveRel = idSet(base.relationships);
  const nodes = extra.nodes.filter((n) => !have.has(n.id) && n.type !== "Section");
  const ids = new Set([...have, ...nodes.map((n) => n.id)]);
  const rels = extra.relationships.filter((r) => !haveRel.has(r.id) && ids.has(r.from) && ids.has(r.to));
  if (!nodes.length && !rels.length) return base;
  return { nodes: [...base.nodes, ...nodes], relationships: [...base.relationships, ...rels] };
}

export function toggled<T>(list: readonly T[], item: T, order: readonly T[]): T[] {
  const set = new Set(list);
  if (set.has(item)) set.delete(item);
  else set.add(item);
  return order.filter((x) => set.has(x));
}

export function countByType<T extends string>(nodes: readonly { type: T }[]): Map<T, number> {
  const c = new Map<T, number>();
  for (const n of nodes) c.set(n.type, (c.get(n.type) ?? 0) + 1);
  return c;
}
