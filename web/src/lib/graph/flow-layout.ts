/**
 * Where the actors of the knowledge flows stand: Norway on the left, Uganda on the right, shared actors
 * between, as in the North–South layout, but spaced for two-line labels and ordered so that the flows
 * cross as little as they can (each actor moves towards the average height of those it exchanges with).
 * Pure and deterministic.
 */
import type { GraphNode, GraphRelationship } from "@pg/api/contract";
import type { Positions } from "./layouts";
import type { Side } from "./node-facts";

const GAP_X = 180;
const GAP_Y = 105;
const PASSES = 6;
const SIDES: readonly { side: Side; dir: -1 | 0 | 1 }[] = [
  { side: "north", dir: -1 },
  { side: "shared", dir: 0 },
  { side: "south", dir: 1 },
];

export function flowPositions(
  nodes: readonly GraphNode[],
  flows: readonly GraphRelationship[],
  sides: Map<string, Side>,
): Positions {
  const ids = new Set(nodes.map((n) => n.id));
  const partners = new Map<string, string[]>();
  for (const r of flows) {
    if (!ids.has(r.from) || !ids.has(r.to) || r.from === r.to) continue;
    (partners.get(r.from) ?? partners.set(r.from, []).get(r.from)!).push(r.to);
    (partners.get(r.to) ?? partners.set(r.to, []).get(r.to)!).push(r.from);
  }
  const rows = Math.max(5, Math.ceil(Math.sqrt(nodes.length * 1.5)));
  // Busiest first, then by name: the start order the passes improve on.
  const start = [...nodes].sort(
    (a, b) =>
      (partners.get(b.id)?.length ?? 0) - (partners.get(a.id)?.length ?? 0) ||
      a.name.localeCompare(b.name) ||
      a.id.localeCompare(b.id),
  );
  const groups = SIDES.map(({ side, dir }) => ({
    dir,
    ids: start.filter((n) => (sides.get(n.id) ?? "shared") === side).map((n) => n.id),
  }));
  const sharedCols = Math.max(1, Math.ceil((groups[1]?.ids.length ?? 0) / rows));
  const margin = ((sharedCols - 1) / 2) * GAP_X + GAP_X * 1.5;

  const out: Positions = new Map();
  const place = () => {
    for (const { dir, ids: column } of groups) {
      // Row by row, so the order the passes find runs from top to bottom across the columns.
      const cols = Math.max(1, Math.ceil(column.length / rows));
      const used = Math.ceil(column.length / cols);
      column.forEach((id, i) => {
        const r = Math.floor(i / cols);
        const c = i % cols;
        const x = dir === 0 ? (c - (cols - 1) / 2) * GAP_X : dir * (margin + c * GAP_X);
        out.set(id, { x, y: (r - (used - 1) / 2) * GAP_Y });
      });
    }
  };
  place();
  for (let pass = 0; pass < PASSES; pass++) {
    for (const g of groups) {
      const rank = new Map(g.ids.map((id, i) => [id, i]));
      const centre = (id: string) => {
        const ys = (partners.get(id) ?? []).map((p) => out.get(p)!.y);
        return ys.length ? ys.reduce((s, y) => s + y, 0) / ys.length : out.get(id)!.y;
      };
      const at = new Map(g.ids.map((id) => [id, centre(id)]));
      g.ids.sort((a, b) => at.get(a)! - at.get(b)! || rank.get(a)! - rank.get(b)!);
    }
    place();
  }
  return out;
}
