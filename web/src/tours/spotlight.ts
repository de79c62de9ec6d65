/**
 * Where the emphasised nodes of a step stand. In the force layout the nodes a step is about are often
 * hubs packed close together, and their large projector labels would overlap; so a handful of them
 * steps out onto a ring around where they were, keeping their directions from the centre, and goes
 * back home at the next step. Pure.
 */
export interface Point {
  x: number;
  y: number;
}

/** Ring spacing per node, in model units: wide enough for a two-line projector label. */
const SPACING = 270;
const MIN_RADIUS = 190;
export const SPOTLIGHT_MAX = 14;

export function spotlight(home: ReadonlyMap<string, Point>, ids: readonly string[]): Map<string, Point> {
  const out = new Map<string, Point>();
  const points = ids.flatMap((id) => {
    const p = home.get(id);
    return p ? [{ id, p }] : [];
  });
  if (points.length < 2 || points.length > SPOTLIGHT_MAX) return out;
  const cx = points.reduce((s, { p }) => s + p.x, 0) / points.length;
  const cy = points.reduce((s, { p }) => s + p.y, 0) / points.length;
  let closest = Infinity;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++)
      closest = Math.min(closest, Math.hypot(points[i]!.p.x - points[j]!.p.x, points[i]!.p.y - points[j]!.p.y));
  // Already far enough apart: leave the picture as the layout drew it.
  if (closest >= SPACING * 0.8) return out;
  const radius = Math.max(MIN_RADIUS, (points.length * SPACING) / (2 * Math.PI));
  const sorted = points
    .map(({ id, p }, i) => ({ id, angle: Math.atan2(p.y - cy, p.x - cx) + i * 1e-9 }))
    .sort((a, b) => a.angle - b.angle || a.id.localeCompare(b.id));
  // Even spacing, starting from the first node's own direction, so the ring turns as little as possible.
  const start = sorted[0]!.angle;
  sorted.forEach(({ id }, i) => {
    const angle = start + (i * 2 * Math.PI) / sorted.length;
    out.set(id, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) });
  });
  return out;
}
