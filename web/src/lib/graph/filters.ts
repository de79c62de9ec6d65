/** dataset → filtered: which nodes and relationships the current view shows. Pure. */
import type { Graph, GraphNode, GraphRelationship, NodeMetrics } from "@pg/api/contract";
import { idSet } from "./merge";
import type { NodeSpan, Side } from "./node-facts";
import type { MetricName, ViewState } from "./view";

export interface FilterContext {
  spans: Map<string, NodeSpan>;
  sides: Map<string, Side>;
  metrics: Map<string, NodeMetrics>;
}

export type FilterInput = Pick<
  ViewState,
  | "mode"
  | "hiddenTypes"
  | "sides"
  | "yearFrom"
  | "yearTo"
  | "year"
  | "sizeBy"
  | "minMetric"
  | "focusDepth"
  | "selected"
  | "hiddenIds"
  | "expanded"
>;

/** Each metric scaled to 0..1 over the graph, so one threshold slider works for all of them. */
export function normalisedMetric(metrics: Map<string, NodeMetrics>, name: MetricName): Map<string, number> {
  let max = 0;
  for (const m of metrics.values()) max = Math.max(max, m[name]);
  const out = new Map<string, number>();
  for (const [id, m] of metrics) out.set(id, max > 0 ? m[name] / max : 0);
  return out;
}

function spanVisible(span: NodeSpan | undefined, from: number | null, to: number | null): boolean {
  if (!span || span.start === undefined) return true;
  if (to !== null && span.start > to) return false;
  const end = span.end ?? Infinity;
  if (from !== null && end < from) return false;
  return true;
}

/** Nodes within `depth` hops of `start`, ignoring direction. */
export function neighbourhood(start: string, depth: number, relationships: readonly GraphRelationship[]): Set<string> {
  const adj = new Map<string, string[]>();
  for (const r of relationships) {
    (adj.get(r.from) ?? adj.set(r.from, []).get(r.from)!).push(r.to);
    (adj.get(r.to) ?? adj.set(r.to, []).get(r.to)!).push(r.from);
  }
  const seen = new Set([start]);
  let frontier = [start];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const n of adj.get(id) ?? [])
        if (!seen.has(n)) {
          seen.add(n);
          next.push(n);
        }
    frontier = next;
  }
  return seen;
}

export function applyFilters(graph: Graph, view: FilterInput, ctx: FilterContext): Graph {
  const hiddenTypes = new Set(view.hiddenTypes);
  const sides = new Set(view.sides);
  const hiddenIds = new Set(view.hiddenIds);
  const metric = view.sizeBy && view.minMetric > 0 ? normalisedMetric(ctx.metrics, view.sizeBy) : null;
  // Timeline mode shows the network as it stood in the chosen year.
  const to = view.mode === "timeline" && view.year !== null ? view.year : view.yearTo;
  const from = view.mode === "timeline" ? null : view.yearFrom;

  const keep = (n: GraphNode) => {
    if (n.id === view.selected && view.mode !== "timeline") return true;
    if (hiddenTypes.has(n.type) || hiddenIds.has(n.id)) return false;
    if (!sides.has(ctx.sides.get(n.id) ?? "shared")) return false;
    if (!spanVisible(ctx.spans.get(n.id), from, to)) return false;
    if (metric && (metric.get(n.id) ?? 0) < view.minMetric) return false;
    return true;
  };
  const relationshipKept = (r: GraphRelationship) => {
    if (view.mode === "flows" && r.type !== "KNOWLEDGE_FLOW") return false;
    if (to !== null) {
      const since = r.properties.since ?? r.properties.year;
      if (typeof since === "number" && since > to) return false;
    }
    return true;
  };
  let nodes = graph.nodes.filter(keep);
  let ids = new Set(nodes.map((n) => n.id));
  let relationships = graph.relationships.filter((r) => ids.has(r.from) && ids.has(r.to) && relationshipKept(r));
  if (view.mode === "flows") {
    const touched = new Set(relationships.flatMap((r) => [r.from, r.to]));
    nodes = nodes.filter((n) => touched.has(n.id));
    ids = touched;
  }
  if (view.focusDepth !== null && view.selected && ids.has(view.selected)) {
    const near = neighbourhood(view.selected, view.focusDepth, relationships);
    nodes = nodes.filter((n) => near.has(n.id));
    relationships = relationships.filter((r) => near.has(r.from) && near.has(r.to));
  }
  return view.expanded.length
    ? withExpanded(graph, { nodes, relationships }, view.expanded, hiddenIds, relationshipKept)
    : { nodes, relationships };
}

/**
 * Adds each expanded node and its neighbours, whatever the type, side, year, threshold or focus say:
 * the user asked to see them. Only nodes hidden by hand stay hidden. Besides the expanded nodes' own
 * relationships, a relationship between two shown nodes appears when the filters allow it.
 */
function withExpanded(
  graph: Graph,
  shown: Graph,
  expanded: readonly string[],
  hiddenIds: Set<string>,
  relationshipKept: (r: GraphRelationship) => boolean,
): Graph {
  const exp = new Set(expanded.filter((id) => !hiddenIds.has(id)));
  const ids = idSet(shown.nodes);
  const forced = new Set<string>();
  for (const r of graph.relationships) {
    const hit = exp.has(r.from) ? r.to : exp.has(r.to) ? r.from : null;
    if (hit === null || hiddenIds.has(hit)) continue;
    forced.add(r.id);
    ids.add(r.from);
    ids.add(r.to);
  }
  for (const id of exp) ids.add(id);
  const present = idSet(shown.relationships);
  return {
    nodes: graph.nodes.filter((n) => ids.has(n.id)),
    relationships: graph.relationships.filter(
      (r) => present.has(r.id) || forced.has(r.id) || (ids.has(r.from) && ids.has(r.to) && relationshipKept(r)),
    ),
  };
}
