/**
 * The explorer's view (its URL state) ⇄ a tour step's view. Capturing keeps both the structured
 * fields the presentation draws and the explorer's own query string, so "open in explorer"
 * restores exactly what was captured.
 */
import { NODE_TYPES } from "@pg/seed/schema";
import type { TourView } from "@pg/seed/tour-schema";
import { viewToQuery } from "../lib/graph/url-state";
import { defaultView, type ViewState } from "../lib/graph/view";
import type { CanvasPicture } from "../lib/state/explorer.svelte";

/** A tenth of a model unit is far below a pixel at any zoom the canvas allows; it keeps exported tours short. */
const round = (n: number, per = 10) => Math.round(n * per) / per;

/**
 * The step for what the explorer shows. With the canvas's picture the step keeps the exact camera and
 * every visible node's place, so present mode draws the same picture; without it, the URL's viewport.
 */
export function captureView(view: ViewState, picture: CanvasPicture | null = null): TourView {
  const out: TourView = {};
  const hidden = new Set<string>(view.hiddenTypes);
  const shown = NODE_TYPES.filter((t) => !hidden.has(t));
  // Only write the type filter when it differs from the explorer's default (everything but sections).
  if (hidden.size !== 1 || !hidden.has("Section")) out.types = shown;
  const year = view.mode === "timeline" ? view.year : view.yearTo;
  if (year !== null) out.year = year;
  if (view.selected) {
    out.select = view.selected;
    out.highlight = [view.selected];
  }
  if (view.pathFrom && view.pathTo) out.path = { from: view.pathFrom, to: view.pathTo };
  if (view.mode === "flows") out.flows = true;
  if (view.layout !== "fcose") out.layout = view.layout;
  if (picture) {
    out.viewport = {
      zoom: round(picture.zoom, 10000),
      pan: { x: round(picture.pan.x), y: round(picture.pan.y) },
      width: round(picture.width),
      height: round(picture.height),
    };
    out.positions = Object.fromEntries(
      [...picture.positions].map(([id, p]): [string, [number, number]] => [id, [round(p.x), round(p.y)]]),
    );
  } else if (view.viewport)
    out.viewport = { zoom: view.viewport.zoom, pan: { x: view.viewport.x, y: view.viewport.y } };
  const query = viewToQuery(view);
  if (query) out.url = `?${query}`;
  return out;
}

/** The explorer view that shows a step: its captured URL when it has one, else built from the fields. */
export function explorerQuery(step: TourView): string {
  if (step.url) return step.url.replace(/^\?/, "");
  const view: ViewState = defaultView();
  if (step.types) view.hiddenTypes = NODE_TYPES.filter((t) => !step.types!.includes(t));
  if (step.select) view.selected = step.select;
  else if (step.highlight?.[0]) view.selected = step.highlight[0];
  if (step.path) {
    view.mode = "paths";
    view.pathFrom = step.path.from;
    view.pathTo = step.path.to;
  } else if (step.flows) view.mode = "flows";
  else if (step.year !== undefined) {
    view.mode = "timeline";
    view.year = step.year;
  }
  return viewToQuery(view);
}
