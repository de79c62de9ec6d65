/**
 * Force layouts of big graphs come back dense: fcose at draft quality put 5k nodes in a 470-unit
 * square (6 units a node, for nodes 30 units wide), one overlapping blob. Fitted to the screen that
 * blob is drawn zoomed in, every node large, and filling those overlapping shapes made each frame
 * cost seconds on a software rasteriser. Spread out, the same picture fits at a zoom where nodes are
 * a few pixels and the structure shows.
 */
import type { Positions } from "./layouts";

/**
 * Room per node, in model units, below which a layout is spread: the report's own has about 88, the
 * API's ForceAtlas2 past 6000 nodes 58, fcose's draft at 1k nodes 17 and at 5k 6.
 */
export const MIN_SPACING = 50;

/** The positions scaled about their centre so that each node has at least `minSpacing`² of room. */
export function spreadDense(pos: Positions, minSpacing = MIN_SPACING): Positions {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of pos.values()) {
    x1 = Math.min(x1, p.x);
    x2 = Math.max(x2, p.x);
    y1 = Math.min(y1, p.y);
    y2 = Math.max(y2, p.y);
  }
  const w = x2 - x1;
  const h = y2 - y1;
  if (pos.size < 2 || !(w > 0 || h > 0)) return pos;
  // A layout along a line has no area: count its length as both sides.
  const area = (w || h) * (h || w);
  const spacing = Math.sqrt(area / pos.size);
  if (spacing >= minSpacing) return pos;
  const k = minSpacing / spacing;
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  const out: Positions = new Map();
  for (const [id, p] of pos) out.set(id, { x: cx + (p.x - cx) * k, y: cy + (p.y - cy) * k });
  return out;
}
