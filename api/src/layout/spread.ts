/**
 * The room a force layout gives each node, in model units. Both runners come back at a scale of their
 * own: ForceAtlas2's is arbitrary, and fcose's draft packs big graphs tight (5k nodes in a 470-unit
 * square, 6 units a node for nodes 30 units wide: one overlapping blob, drawn zoomed in with every node
 * large, each frame seconds on a software rasteriser). Spread out, the same picture fits at a zoom where
 * nodes are a few pixels and the structure shows.
 */
import type { PositionRow } from "./run-fcose";

/**
 * Room per node below which fcose's picture is spread: the report's own has about 88, fcose's draft at
 * 1k nodes 17 and at 5k 6.
 */
export const MIN_NODE_SPACING = 50;

function bounds(rows: readonly PositionRow[]) {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [, x, y] of rows) {
    x1 = Math.min(x1, x);
    x2 = Math.max(x2, x);
    y1 = Math.min(y1, y);
    y2 = Math.max(y2, y);
  }
  return { x1, y1, x2, y2, cx: (x1 + x2) / 2, cy: (y1 + y2) / 2 };
}

const scaled = (rows: PositionRow[], k: number, cx: number, cy: number, round: boolean): PositionRow[] =>
  rows.map(([id, x, y]) =>
    round
      ? [id, Math.round((x - cx) * k * 10) / 10, Math.round((y - cy) * k * 10) / 10]
      : [id, cx + (x - cx) * k, cy + (y - cy) * k],
  );

/** Scales and centres the picture so that each node has about `spacing` model units of room. */
export function spreadTo(rows: PositionRow[], spacing: number): PositionRow[] {
  if (rows.length === 0) return rows;
  const { x1, y1, x2, y2, cx, cy } = bounds(rows);
  const k = (Math.sqrt(rows.length) * spacing) / Math.max(x2 - x1, y2 - y1, 1);
  return scaled(rows, k, cx, cy, true);
}

/** The picture scaled about its centre so that each node has at least `minSpacing`² of room; else as it is. */
export function spreadAtLeast(rows: PositionRow[], minSpacing = MIN_NODE_SPACING): PositionRow[] {
  const { x1, y1, x2, y2, cx, cy } = bounds(rows);
  const [w, h] = [x2 - x1, y2 - y1];
  if (rows.length < 2 || !(w > 0 || h > 0)) return rows;
  // A layout along a line has no area: count its length as both sides.
  const spacing = Math.sqrt(((w || h) * (h || w)) / rows.length);
  return spacing >= minSpacing ? rows : scaled(rows, minSpacing / spacing, cx, cy, false);
}
