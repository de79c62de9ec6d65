/**
 * Positions the baseline renderers draw on, computed once outside the browser: each partnership
 * (or, in the report graph, each node type) a sunflower-shaped cluster, the clusters on a grid.
 */
import type { Graph } from "@pg/api/contract";
import type { BenchGraph } from "../web/bench-graph";

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function clusteredPositions(graph: Graph): BenchGraph {
  const groups = new Map<string, Graph["nodes"]>();
  for (const node of graph.nodes) {
    const key = /^syn-p(\d+)-/.exec(node.id)?.[1] ?? node.type;
    groups.set(key, [...(groups.get(key) ?? []), node]);
  }
  const spacing = 40;
  const cell = Math.max(...[...groups.values()].map((g) => 2 * spacing * Math.sqrt(g.length) + 4 * spacing));
  const columns = Math.ceil(Math.sqrt(groups.size));
  const nodes: BenchGraph["nodes"] = [];
  [...groups.values()].forEach((members, g) => {
    const cx = (g % columns) * cell;
    const cy = Math.floor(g / columns) * cell;
    members.forEach((node, i) => {
      const r = spacing * Math.sqrt(i);
      nodes.push({
        id: node.id,
        label: node.name,
        x: cx + r * Math.cos(i * GOLDEN_ANGLE),
        y: cy + r * Math.sin(i * GOLDEN_ANGLE),
      });
    });
  });
  const ids = new Set(nodes.map((n) => n.id));
  const edges = graph.relationships
    .filter((r) => ids.has(r.from) && ids.has(r.to))
    .map((r) => ({ id: r.id, source: r.from, target: r.to }));
  return { nodes, edges };
}
