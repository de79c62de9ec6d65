/**
 * Facts derived from the graph that several views need: when a node came into being, when it ended,
 * and which side of the partnership it belongs to. Pure, so the timeline, filters and layouts agree.
 */
import type { Graph, GraphNode, GraphRelationship } from "@pg/api/contract";

export type Side = "north" | "south" | "shared";

const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

function dateYear(v: unknown): number | undefined {
  if (typeof v !== "string") return undefined;
  const m = /^(\d{4})/.exec(v);
  return m ? Number(m[1]) : undefined;
}

/** The year a node itself carries (events, initiatives, programmes, partnerships, documents). */
export function ownYear(node: GraphNode): number | undefined {
  const p = node.properties;
  return num(p.year) ?? num(p.startYear) ?? num(p.since) ?? dateYear(p.date);
}

/** The year a node's own existence ends, if it says. */
export function ownEndYear(node: GraphNode): number | undefined {
  const p = node.properties;
  return num(p.endYear) ?? num(p.until);
}

const DATED_TYPES = new Set(["Event", "Initiative"]);

/**
 * A relationship's year: its own since/year; otherwise the year of a dated happening at one end
 * (taking part in the 2006 event means being there in 2006). A programme's start year is not used:
 * joining a programme later does not date the joiner to the programme's start.
 */
export function relationshipYear(rel: GraphRelationship, byId: Map<string, GraphNode>): number | undefined {
  const own = num(rel.properties.since) ?? num(rel.properties.year);
  if (own !== undefined) return own;
  let best: number | undefined;
  for (const end of [byId.get(rel.from), byId.get(rel.to)]) {
    if (end && DATED_TYPES.has(end.type)) {
      const y = ownYear(end);
      if (y !== undefined) best = best === undefined ? y : Math.max(best, y);
    }
  }
  return best;
}

export interface NodeSpan {
  /** First year the node is part of the network; undefined = undated, always shown. */
  start: number | undefined;
  end: number | undefined;
}

export function nodeSpans(graph: Graph): Map<string, NodeSpan> {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const spans = new Map<string, NodeSpan>();
  for (const n of graph.nodes) spans.set(n.id, { start: ownYear(n), end: ownEndYear(n) });
  const fromRels = new Map<string, number>();
  for (const r of graph.relationships) {
    const y = relationshipYear(r, byId);
    if (y === undefined) continue;
    for (const id of [r.from, r.to]) {
      const prev = fromRels.get(id);
      if (prev === undefined || y < prev) fromRels.set(id, y);
    }
  }
  for (const [id, span] of spans) {
    if (span.start === undefined) span.start = fromRels.get(id);
  }
  return spans;
}

export function yearBounds(spans: Map<string, NodeSpan>): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const s of spans.values()) {
    for (const y of [s.start, s.end]) {
      if (y === undefined) continue;
      if (y < min) min = y;
      if (y > max) max = y;
    }
  }
  return Number.isFinite(min) ? { min, max } : null;
}

function countrySide(v: unknown): Side | undefined {
  if (v === "Norway") return "north";
  if (v === "Uganda") return "south";
  return undefined;
}

/**
 * Norway (north), Uganda (south) or shared. A node's own country wins; then the side it takes in a
 * partnership; otherwise the sides of its neighbours: all one side → that side, mixed or none → shared.
 */
export function nodeSides(graph: Graph): Map<string, Side> {
  const own = new Map<string, Side>();
  for (const n of graph.nodes) {
    const s = countrySide(n.properties.country);
    if (s) own.set(n.id, s);
  }
  for (const r of graph.relationships) {
    if (r.type !== "PARTNER_IN" || own.has(r.from)) continue;
    const side = r.properties.side;
    if (side === "north" || side === "south") own.set(r.from, side);
  }
  const neighbourSides = new Map<string, Set<Side>>();
  for (const r of graph.relationships) {
    for (const [a, b] of [
      [r.from, r.to],
      [r.to, r.from],
    ] as const) {
      const s = own.get(b);
      if (!s || own.has(a)) continue;
      let set = neighbourSides.get(a);
      if (!set) neighbourSides.set(a, (set = new Set()));
      set.add(s);
    }
  }
  const out = new Map<string, Side>();
  for (const n of graph.nodes) {
    const s = own.get(n.id);
    if (s) {
      out.set(n.id, s);
      continue;
    }
    const set = neighbourSides.get(n.id);
    out.set(n.id, set && set.size === 1 ? [...set][0]! : "shared");
  }
  return out;
}

export function countryOfSide(side: Side): string {
  return side === "north" ? "Norway" : side === "south" ? "Uganda" : "Shared";
}

/** The `n` best-connected nodes: they keep their labels when the picture is zoomed out. */
export function majorNodes(graph: Graph, n: number): string[] {
  const degree = new Map<string, number>();
  for (const r of graph.relationships) {
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  return [...degree]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([id]) => id);
}
