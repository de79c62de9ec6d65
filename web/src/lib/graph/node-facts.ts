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
  const year = (id: string) => {
    const end = byId.get(id);
    return end && DATED_TYPES.has(end.type) ? ownYear(end) : undefined;
  };
  return later(year(rel.from), year(rel.to));
}

const later = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);

export interface NodeSpan {
  /** First year the node is part of the network; undefined = undated, always shown. */
  start: number | undefined;
  end: number | undefined;
}

export function nodeSpans(graph: Graph): Map<string, NodeSpan> {
  const spans = new Map<string, NodeSpan>();
  // The dated happenings' years, once each: a hub's would otherwise be worked out for each of its
  // relationships (relationshipYear, here for 40k relationships at 20k nodes).
  const dated = new Map<string, number | undefined>();
  for (const n of graph.nodes) {
    const start = ownYear(n);
    spans.set(n.id, { start, end: ownEndYear(n) });
    if (DATED_TYPES.has(n.type)) dated.set(n.id, start);
  }
  const fromRels = new Map<string, number>();
  const earliest = (id: string, y: number) => {
    const prev = fromRels.get(id);
    if (prev === undefined || y < prev) fromRels.set(id, y);
  };
  for (const r of graph.relationships) {
    const y = num(r.properties.since) ?? num(r.properties.year) ?? later(dated.get(r.from), dated.get(r.to));
    if (y === undefined) continue;
    earliest(r.from, y);
    earliest(r.to, y);
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
  /** Node `a` has a neighbour `b`: its side counts for `a` if `a` has none of its own. */
  const neighbour = (a: string, b: string) => {
    const s = own.get(b);
    if (!s || own.has(a)) return;
    let set = neighbourSides.get(a);
    if (!set) neighbourSides.set(a, (set = new Set()));
    set.add(s);
  };
  for (const r of graph.relationships) {
    neighbour(r.from, r.to);
    neighbour(r.to, r.from);
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
  if (n <= 0) return [];
  const degree = new Map<string, number>();
  for (const r of graph.relationships) {
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  // The best n kept in order as the degrees go by, rather than all of them sorted (20k at 20k nodes).
  const first = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0]);
  const best: [string, number][] = [];
  for (const e of degree) {
    if (best.length === n && first(e, best[n - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && first(e, best[at - 1]!) < 0) at--;
    best.splice(at, 0, e);
    if (best.length > n) best.pop();
  }
  return best.map(([id]) => id);
}
