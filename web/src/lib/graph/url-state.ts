/**
 * The view ⇄ the URL's query string. Only what differs from the default is written, so links stay
 * short; anything unknown or malformed in a link is ignored rather than breaking the page.
 */
import { NODE_TYPES, type NodeType } from "@pg/seed/schema";
import type { Side } from "./node-facts";
import { LAYOUTS, METRICS, MODES, PANELS, SIDE_VALUES, defaultView, type ViewState } from "./view";

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  v !== null && (list as readonly string[]).includes(v) ? (v as T) : undefined;

const int = (v: string | null): number | null => {
  if (v === null || v === "") return null;
  const n = Number(v);
  return Number.isInteger(n) ? n : null;
};

const list = (v: string | null): string[] => (v ? v.split(",").filter(Boolean) : []);

const round = (n: number, digits: number) => Number(n.toFixed(digits));

export function viewToQuery(view: ViewState): string {
  const d = defaultView();
  const q = new URLSearchParams();
  if (view.mode !== d.mode) q.set("mode", view.mode);
  if (view.layout !== d.layout) q.set("layout", view.layout);
  if (view.panel !== d.panel) q.set("panel", view.panel);
  if (view.selected) q.set("sel", view.selected);
  const hidden = [...view.hiddenTypes].sort();
  if (hidden.join() !== [...d.hiddenTypes].sort().join()) q.set("hide", hidden.join(",") || "-");
  if (view.sides.length !== SIDE_VALUES.length) q.set("side", view.sides.join(",") || "-");
  if (view.yearFrom !== null) q.set("from", String(view.yearFrom));
  if (view.yearTo !== null) q.set("to", String(view.yearTo));
  if (view.year !== null) q.set("year", String(view.year));
  if (view.sizeBy !== d.sizeBy) q.set("size", view.sizeBy ?? "none");
  if (view.minMetric > 0) q.set("min", String(round(view.minMetric, 3)));
  if (view.focusDepth !== null) q.set("focus", String(view.focusDepth));
  if (view.hiddenIds.length) q.set("hidden", view.hiddenIds.join(","));
  if (view.expanded.length) q.set("exp", view.expanded.join(","));
  if (view.pathFrom) q.set("pfrom", view.pathFrom);
  if (view.pathTo) q.set("pto", view.pathTo);
  if (view.flowStart) q.set("flow", view.flowStart);
  if (view.flowStep > 0) q.set("step", String(view.flowStep));
  if (view.viewport) {
    q.set("z", String(round(view.viewport.zoom, 3)));
    q.set("x", String(round(view.viewport.x, 1)));
    q.set("y", String(round(view.viewport.y, 1)));
  }
  return q.toString();
}

export function queryToView(query: string): ViewState {
  const q = new URLSearchParams(query);
  const v = defaultView();
  v.mode = oneOf(MODES, q.get("mode")) ?? v.mode;
  v.layout = oneOf(LAYOUTS, q.get("layout")) ?? v.layout;
  v.panel = oneOf(PANELS, q.get("panel")) ?? v.panel;
  v.selected = q.get("sel") || null;
  if (q.has("hide"))
    v.hiddenTypes = list(q.get("hide")).filter((t): t is NodeType => (NODE_TYPES as readonly string[]).includes(t));
  if (q.has("side"))
    v.sides = list(q.get("side")).filter((s): s is Side => (SIDE_VALUES as readonly string[]).includes(s));
  v.yearFrom = int(q.get("from"));
  v.yearTo = int(q.get("to"));
  v.year = int(q.get("year"));
  if (q.has("size")) v.sizeBy = oneOf(METRICS, q.get("size")) ?? null;
  const min = Number(q.get("min"));
  v.minMetric = Number.isFinite(min) && min > 0 && min <= 1 ? min : 0;
  const focus = int(q.get("focus"));
  v.focusDepth = focus !== null && focus >= 1 && focus <= 3 ? focus : null;
  v.hiddenIds = list(q.get("hidden"));
  v.expanded = [...new Set(list(q.get("exp")))];
  v.pathFrom = q.get("pfrom") || null;
  v.pathTo = q.get("pto") || null;
  v.flowStart = q.get("flow") || null;
  v.flowStep = Math.max(0, int(q.get("step")) ?? 0);
  const [z, x, y] = [q.get("z"), q.get("x"), q.get("y")].map((s) => (s === null ? NaN : Number(s)));
  if (Number.isFinite(z) && z! > 0 && Number.isFinite(x) && Number.isFinite(y)) v.viewport = { zoom: z!, x: x!, y: y! };
  return v;
}
