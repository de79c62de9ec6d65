/**
 * Positions kept in the browser: the force layout of a graph (so the picture is the same on every
 * load and is computed once) and nodes the user dragged (so they stay where they were put).
 */
import type { Graph } from "@pg/api/contract";
import type { Positions } from "../graph/layouts";

const PREFIX = "pg:";

function read(key: string): Positions | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (!raw) return null;
    const obj = JSON.parse(raw) as Record<string, [number, number]>;
    return new Map(Object.entries(obj).map(([id, [x, y]]) => [id, { x, y }]));
  } catch {
    return null;
  }
}

function write(key: string, pos: Positions): void {
  const obj: Record<string, [number, number]> = {};
  for (const [id, p] of pos) obj[id] = [Math.round(p.x * 10) / 10, Math.round(p.y * 10) / 10];
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(obj));
  } catch {
    // Storage full or disabled: positions are a convenience, the layout still works.
  }
}

const keys = new WeakMap<Graph, string>();

/**
 * A short fingerprint of the node and relationship ids: a changed graph gets a fresh layout. Per-id
 * hashes combined by sum and xor, so the order does not matter and nothing is sorted (sorting 15k ids
 * took 0.4 s at 5k nodes).
 */
export function graphKey(graph: Graph): string {
  const known = keys.get(graph);
  if (known) return known;
  let sum = 0;
  let xor = 0;
  const feed = (s: string) => {
    let h = 2166136261;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    sum = (sum + (h >>> 0)) >>> 0;
    xor ^= Math.imul(h, 2654435761);
  };
  for (const n of graph.nodes) feed(n.id);
  for (const r of graph.relationships) feed(`>${r.id}`);
  // "layout2": layouts saved before the force layout spread dense pictures (api/src/layout/spread.ts) are not reused.
  const key = `layout2:${graph.nodes.length}:${sum.toString(36)}${(xor >>> 0).toString(36)}`;
  keys.set(graph, key);
  return key;
}

export const loadCachedLayout = (key: string) => read(key);
export const saveCachedLayout = (key: string, pos: Positions) => write(key, pos);
export const loadDragged = (layout: string): Positions => read(`dragged:${layout}`) ?? new Map();
export const saveDragged = (layout: string, pos: Positions) => write(`dragged:${layout}`, pos);
export function clearDragged(layout: string): void {
  try {
    localStorage.removeItem(`${PREFIX}dragged:${layout}`);
  } catch {
    // nothing to clear
  }
}
