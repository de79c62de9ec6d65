/**
 * Fitting the viewport to what is shown from the nodes' positions and sizes alone. Cytoscape's own fit
 * measures every element's bounding box, labels included, which forces their styles and took over a
 * second at 5k nodes before the first picture.
 */
import type { Core } from "cytoscape";
import type { ViewState } from "./view";

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** The viewport that shows these boxes (centre x, y and diameter d) within w×h, `padding` pixels in. */
export function fitViewport(
  boxes: Iterable<{ x: number; y: number; d: number }>,
  w: number,
  h: number,
  padding: number,
  zoomLimits: { min: number; max: number },
): Viewport | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const b of boxes) {
    x1 = Math.min(x1, b.x - b.d / 2);
    x2 = Math.max(x2, b.x + b.d / 2);
    y1 = Math.min(y1, b.y - b.d / 2);
    y2 = Math.max(y2, b.y + b.d / 2);
  }
  if (!Number.isFinite(x1) || w <= 2 * padding || h <= 2 * padding) return null;
  const zoom = Math.min(
    zoomLimits.max,
    Math.max(
      zoomLimits.min,
      Math.min((w - 2 * padding) / Math.max(x2 - x1, 1), (h - 2 * padding) / Math.max(y2 - y1, 1)),
    ),
  );
  return { zoom, pan: { x: w / 2 - zoom * ((x1 + x2) / 2), y: h / 2 - zoom * ((y1 + y2) / 2) } };
}

/** The viewport that fits the nodes not hidden by the filters (axis headings included). */
export function shownViewport(cy: Core, padding = 40): Viewport | null {
  const boxes: { x: number; y: number; d: number }[] = [];
  cy.nodes().forEach((n) => {
    if (n.hasClass("hidden")) return;
    const p = n.position();
    boxes.push({ x: p.x, y: p.y, d: Number(n.data("size")) || 30 });
  });
  return fitViewport(boxes, cy.width(), cy.height(), padding, { min: cy.minZoom(), max: cy.maxZoom() });
}

export function fitShown(cy: Core, padding = 40): void {
  const vp = shownViewport(cy, padding);
  if (vp) cy.viewport(vp);
}

/** The zoom search's Enter centres a node at: close enough to read it, whatever the zoom was. */
export const READING_ZOOM = { min: 0.85, max: 1.6 } as const;

export const readingZoom = (zoom: number): number => Math.min(Math.max(zoom, READING_ZOOM.min), READING_ZOOM.max);

/** The viewport with model point `p` in the middle of a w×h canvas at this zoom. */
export const centredOn = (p: { x: number; y: number }, w: number, h: number, zoom: number): Viewport => ({
  zoom,
  pan: { x: w / 2 - zoom * p.x, y: h / 2 - zoom * p.y },
});

/**
 * The first viewport of a link that names a selection but no viewport: the selection in the middle at
 * a reading zoom, as search's Enter leaves it. Null when the node is not drawn (then fit what is shown).
 */
export function selectionViewport(cy: Core, id: string, padding = 40): Viewport | null {
  const n = cy.getElementById(id);
  if (n.empty() || n.hasClass("hidden")) return null;
  const zoom = readingZoom(shownViewport(cy, padding)?.zoom ?? 1);
  return centredOn(n.position(), cy.width(), cy.height(), zoom);
}

/**
 * The viewport once a layout is done. The first time: the link's viewport, or else its selection
 * centred as search's Enter centres it (a focus already frames the selection with its neighbours, and
 * a path its path). Otherwise, and later: fit what is shown.
 */
export function placeViewport(
  cy: Core,
  view: Pick<ViewState, "viewport" | "selected" | "focusDepth" | "mode">,
  first: boolean,
): void {
  const vp = view.viewport;
  const onSelection =
    first && !vp && view.selected && view.focusDepth === null && view.mode !== "paths"
      ? selectionViewport(cy, view.selected)
      : null;
  if (first && vp) cy.viewport({ zoom: vp.zoom, pan: { x: vp.x, y: vp.y } });
  else if (onSelection) cy.viewport(onSelection);
  else fitShown(cy);
}
