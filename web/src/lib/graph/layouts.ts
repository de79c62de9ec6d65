/**
 * Positions for the layouts that are not force-directed, and the deterministic start shown while
 * the force layout is computed. Pure: given the same graph, the same picture every load.
 */
import type { GraphNode } from "@pg/api/contract";
import { NODE_TYPES } from "@pg/seed/schema";
import type { NodeSpan, Side } from "./node-facts";

export interface Position {
  x: number;
  y: number;
}
export type Positions = Map<string, Position>;

const GAP_X = 150;
const GAP_Y = 70;

const typeOrder = new Map(NODE_TYPES.map((t, i) => [t, i]));
const byTypeThenName = (a: GraphNode, b: GraphNode) =>
  (typeOrder.get(a.type) ?? 0) - (typeOrder.get(b.type) ?? 0) ||
  a.name.localeCompare(b.name) ||
  a.id.localeCompare(b.id);

/** A sunflower spiral in id order: spread out, deterministic, independent of load order. */
export function seedPositions(nodes: readonly GraphNode[]): Positions {
  const ids = nodes.map((n) => n.id).sort();
  const golden = Math.PI * (3 - Math.sqrt(5));
  const out: Positions = new Map();
  ids.forEach((id, i) => {
    const r = 40 * Math.sqrt(i + 0.5);
    out.set(id, { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) });
  });
  return out;
}

/** Stack nodes in columns of at most `rows`, starting at x0, centred vertically on 0. */
function columns(nodes: readonly GraphNode[], x0: number, rows: number, out: Positions, dir: 1 | -1 = 1): number {
  const cols = Math.max(1, Math.ceil(nodes.length / rows));
  const perCol = Math.ceil(nodes.length / cols);
  nodes.forEach((n, i) => {
    const c = Math.floor(i / perCol);
    const r = i % perCol;
    out.set(n.id, { x: x0 + dir * c * GAP_X, y: (r - (perCol - 1) / 2) * GAP_Y });
  });
  return cols;
}

function rowsFor(count: number): number {
  return Math.max(8, Math.ceil(Math.sqrt(count * 1.5)));
}

/** Norway on the left, Uganda on the right, shared actors (partnership, programme, ideas) between. */
export function northSouthPositions(nodes: readonly GraphNode[], sides: Map<string, Side>): Positions {
  const out: Positions = new Map();
  const group = (s: Side) => nodes.filter((n) => (sides.get(n.id) ?? "shared") === s).sort(byTypeThenName);
  const shared = group("shared");
  const rows = rowsFor(nodes.length);
  const sharedCols = Math.max(1, Math.ceil(shared.length / rows));
  const half = ((sharedCols - 1) / 2) * GAP_X;
  columns(shared, -half, rows, out);
  const margin = half + GAP_X * 2.2;
  columns(group("north"), -margin, rows, out, -1);
  columns(group("south"), margin, rows, out, 1);
  return out;
}

/**
 * One block per node type, in the schema's order, each a few columns under its heading; blocks wrap
 * onto new lines so the whole has roughly the proportions of a screen.
 */
export function byTypePositions(nodes: readonly GraphNode[]): Positions {
  const out: Positions = new Map();
  const rows = Math.max(6, Math.ceil(Math.sqrt(nodes.length / 4)));
  const colW = GAP_X * 0.8;
  const rowH = GAP_Y * 0.85;
  const maxWidth = Math.max(GAP_X * 6, Math.sqrt(nodes.length) * colW * 0.9);
  let x = 0;
  let y = 0;
  let lineHeight = 0;
  for (const type of NODE_TYPES) {
    const group = nodes.filter((n) => n.type === type).sort(byTypeThenName);
    if (!group.length) continue;
    const cols = Math.ceil(group.length / rows);
    const blockW = Math.max(cols * colW, GAP_X * 1.2);
    if (x > 0 && x + blockW > maxWidth) {
      x = 0;
      y += lineHeight + rowH * 2.2;
      lineHeight = 0;
    }
    group.forEach((n, i) => {
      out.set(n.id, { x: x + Math.floor(i / rows) * colW, y: y + (i % rows) * rowH });
    });
    lineHeight = Math.max(lineHeight, (Math.min(rows, group.length) - 1) * rowH);
    x += blockW + GAP_X * 0.5;
  }
  return out;
}

/**
 * Years left to right in order (a column per year that has something, so empty years take no room);
 * a busy year wraps into several columns. Undated nodes wait in rows underneath.
 */
export function timelinePositions(nodes: readonly GraphNode[], spans: Map<string, NodeSpan>): Positions {
  const out: Positions = new Map();
  const byYear = new Map<number | "undated", GraphNode[]>();
  for (const n of nodes) {
    const key = spans.get(n.id)?.start ?? "undated";
    (byYear.get(key) ?? byYear.set(key, []).get(key)!).push(n);
  }
  const years = [...byYear.keys()].filter((k): k is number => k !== "undated").sort((a, b) => a - b);
  const rows = 12;
  let x = 0;
  let bottom = 0;
  for (const y of years) {
    const group = byYear.get(y)!.sort(byTypeThenName);
    const cols = Math.ceil(group.length / rows);
    group.forEach((n, i) => {
      const c = Math.floor(i / rows);
      const r = i % rows;
      out.set(n.id, { x: x + c * GAP_X * 0.9, y: r * GAP_Y * 0.9 });
      bottom = Math.max(bottom, r * GAP_Y * 0.9);
    });
    x += cols * GAP_X * 0.9 + GAP_X * 0.7;
  }
  const width = Math.max(x - GAP_X * 0.7, GAP_X * 4);
  const undated = (byYear.get("undated") ?? []).sort(byTypeThenName);
  const perRow = Math.max(6, Math.floor(width / (GAP_X * 0.75)) + 1);
  undated.forEach((n, i) => {
    out.set(n.id, {
      x: (i % perRow) * ((width / Math.max(perRow - 1, 1)) | 0),
      y: bottom + GAP_Y * 3 + Math.floor(i / perRow) * GAP_Y,
    });
  });
  return out;
}

// The force layout's settings are shared with the API, which computes it once per dataset version.
export { FCOSE_MAX_NODES, LAYOUT_SEED, fcoseOptions } from "@pg/api/contract/layout";

export interface AxisLabel {
  id: string;
  label: string;
  x: number;
  y: number;
}

/** Headings drawn above the columns of the structured layouts: years, or Norway / between / Uganda. */
export function axisLabels(
  layout: "timeline" | "north-south" | "by-type",
  positions: Positions,
  key: (id: string) => string | undefined,
): AxisLabel[] {
  const groups = new Map<string, { min: number; max: number; top: number }>();
  let top = Infinity;
  for (const [id, p] of positions) {
    const k = key(id);
    if (k === undefined) continue;
    if (k !== "Undated") top = Math.min(top, p.y);
    const g = groups.get(k);
    if (!g) groups.set(k, { min: p.x, max: p.x, top: p.y });
    else {
      g.min = Math.min(g.min, p.x);
      g.max = Math.max(g.max, p.x);
      g.top = Math.min(g.top, p.y);
    }
  }
  const undatedTop = Math.min(...[...positions].filter(([id]) => key(id) === "Undated").map(([, p]) => p.y));
  return [...groups].map(([k, g]) => ({
    id: `axis-${layout}-${k}`,
    label: k,
    // By type, each block has its own top; the other layouts share one line of headings.
    x: layout === "by-type" ? g.min : (g.min + g.max) / 2,
    y: k === "Undated" && Number.isFinite(undatedTop) ? undatedTop - 60 : (layout === "by-type" ? g.top : top) - 60,
  }));
}
