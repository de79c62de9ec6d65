/**
 * Readable labels for the nodes that matter (hubs, or what is highlighted): a font of constant size on
 * screen, placed greedily by importance so that no big label covers another. Runs once the viewport is
 * still, never per frame: a style change during a pan or zoom throws away Cytoscape's viewport texture
 * and forces a full redraw of every element.
 */
import type { Core, NodeCollection, NodeSingular } from "cytoscape";
import { tickNodes } from "./axis-ticks";

/** The stylesheet's z-index for `node.major`, and the one above it for a major whose big label is placed. */
export const MAJOR_Z = 20;
export const LABELLED_Z = 25;

/** Scratch key holding the label state a node was last given, to skip restyling it the same. */
const LABEL_KEY = "pgMajorLabel";

export type Box = [number, number, number, number];

export const overlaps = (a: Box, b: Box): boolean => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

/** On-screen font size (model units) of a major label at this zoom: readable when zoomed out, never huge. */
export const majorFontSize = (zoom: number): number => Math.max(12, Math.min(32, 12.5 / zoom));

/** Where a major label may go around its node, in the order tried: under it reads best. */
export const SIDES = ["bottom", "top", "right", "left"] as const;
export type Side = (typeof SIDES)[number];

/** Screen pixels between a node and its label. */
const GAP_PX = 4;

/** The box a label of `chars` characters takes on `side` of a node at rendered position p with radius r. */
export function labelBox(
  p: { x: number; y: number },
  r: number,
  chars: number,
  fontPx: number,
  maxWidthPx: number,
  side: Side = "bottom",
): Box {
  const w = Math.min(chars * fontPx * 0.55, maxWidthPx);
  const lines = Math.ceil((chars * fontPx * 0.55) / Math.max(w, 1));
  const h = lines * fontPx * 1.25 + GAP_PX;
  const d = r + GAP_PX;
  switch (side) {
    case "bottom":
      return [p.x - w / 2, p.y + r, p.x + w / 2, p.y + r + h];
    case "top":
      return [p.x - w / 2, p.y - r - h, p.x + w / 2, p.y - r];
    case "right":
      return [p.x + d, p.y - h / 2, p.x + d + w, p.y + h / 2];
    case "left":
      return [p.x - d - w, p.y - h / 2, p.x - d, p.y + h / 2];
  }
}

/** The label's place on `side`, in Cytoscape's terms, `gap` model units from the node. */
function sideStyle(side: Side, gap: number) {
  const at: Record<Side, [string, string, number, number]> = {
    bottom: ["bottom", "center", 0, gap],
    top: ["top", "center", 0, -gap],
    right: ["center", "right", gap, 0],
    left: ["center", "left", -gap, 0],
  };
  const [valign, halign, mx, my] = at[side];
  return { "text-valign": valign, "text-halign": halign, "text-margin-x": mx, "text-margin-y": my };
}

/** The side placeMajorLabels gave this node's label; null when it has none placed (a small label, or none). */
export function placedSide(n: NodeSingular): Side | null {
  const side = String(n.scratch(LABEL_KEY) ?? "").split("|")[1];
  return SIDES.find((s) => s === side) ?? null;
}

/** The style properties placeMajorLabels sets, which a node that stops being major gives back. */
const PLACED_PROPS =
  "font-size text-max-width min-zoomed-font-size z-index text-valign text-halign text-margin-x text-margin-y";

/**
 * Sizes the labels of `.major` nodes for the current zoom; `first` are placed before anything else
 * (the selection, a path's two ends). Each label goes under its node, or else above, right or left,
 * wherever it covers neither a label already placed, an axis heading nor another major node, on the
 * canvas if it can be (a hub off the canvas still gets a place, for when a pan brings it in); a node
 * with no such place keeps a small label. A node whose label stays as it was is not restyled: any
 * style change costs a full redraw.
 */
export function placeMajorLabels(
  cy: Core,
  first: ReadonlySet<string | null>,
  canvas = { w: cy.width(), h: cy.height() },
): void {
  const zoom = cy.zoom();
  const size = majorFontSize(zoom);
  const width = Math.round(size * 11);
  const gap = Math.round((GAP_PX / zoom) * 100) / 100;
  // In the order markMajors was given them (the hubs by degree), `first` before the rest. Not by their
  // degree here: that walks a hub's edges (thousands at 20k nodes) each time the zoom comes to rest.
  const rank = new Map([...(marks.get(cy) ?? [])].map((id, i) => [id, i]));
  const at0 = (n: NodeSingular) => (first.has(n.id()) ? -1 : (rank.get(n.id()) ?? 0));
  const majors = markedMajors(cy).sort((a, b) => at0(a) - at0(b));
  const at = new Map<string, { p: { x: number; y: number }; r: number }>();
  // The stylesheet's width is the node's `size`: read from the data, since asking Cytoscape for the
  // rendered width resolves the hub's style and dirties the bounds of its every edge (40 ms at 20k nodes).
  majors.forEach((n: NodeSingular) => {
    at.set(n.id(), { p: n.renderedPosition(), r: ((Number(n.data("size")) || 20) * zoom) / 2 });
  });
  const nodeBoxes = [...at].map(([id, { p, r }]) => ({ id, box: [p.x - r, p.y - r, p.x + r, p.y + r] as Box }));
  // An axis's headings (Norway, Uganda, the years) are in the way too.
  const placed: Box[] = tickNodes(cy).map((t: NodeSingular) => {
    const b = t.renderedBoundingBox({ includeLabels: true });
    return [b.x1, b.y1, b.x2, b.y2] as Box;
  });
  cy.batch(() => {
    majors.forEach((n: NodeSingular) => {
      const { p, r } = at.get(n.id())!;
      const chars = String(n.data("label")).length;
      const free = (box: Box) =>
        !placed.some((b) => overlaps(box, b)) && !nodeBoxes.some((o) => o.id !== n.id() && overlaps(box, o.box));
      // A side whose label stays on the canvas first: a label running past its edge cannot be read.
      const onCanvas = (b: Box) => canvas.w <= 0 || (b[0] >= 0 && b[1] >= 0 && b[2] <= canvas.w && b[3] <= canvas.h);
      const sides = SIDES.map((s) => ({ side: s, box: labelBox(p, r, chars, size * zoom, width * zoom, s) }));
      const found = sides.find((c) => free(c.box) && onCanvas(c.box)) ?? sides.find((c) => free(c.box));
      if (found) placed.push(found.box);
      const wanted = found ? `${size}|${found.side}|${gap}` : "small";
      if (n.scratch(LABEL_KEY) === wanted) return;
      n.scratch(LABEL_KEY, wanted);
      if (!found) {
        n.removeStyle(PLACED_PROPS);
        n.style({ "font-size": 12, "min-zoomed-font-size": 7, "z-index": MAJOR_Z });
      }
      // Cytoscape draws a label with its node, so a node drawn later covers it: a placed label's node is drawn
      // above the other majors (placed labels do not overlap each other).
      else
        n.style({
          "font-size": size,
          "text-max-width": `${width}px`,
          "min-zoomed-font-size": 0,
          "z-index": LABELLED_Z,
          ...sideStyle(found.side, gap),
        });
    });
  });
}

/**
 * The ids markMajors marked, by instance. Not in `cy.scratch`: setting that restyles every element.
 */
const marks = new WeakMap<Core, ReadonlySet<string>>();

/**
 * The nodes markMajors marked `.major`: a class selector over every node cost ~30 ms a call at 20k
 * nodes, and placement ran it twice each time the zoom came to rest.
 */
function markedMajors(cy: Core): NodeCollection {
  const nodes = cy.collection();
  for (const id of marks.get(cy) ?? []) nodes.merge(cy.getElementById(id));
  return nodes.nodes(".major");
}

/**
 * Marks these nodes `.major` (and only these), clearing the label sizes of the ones that stop being.
 * Their labels are placed in this order.
 */
export function markMajors(cy: Core, ids: ReadonlySet<string>): void {
  cy.batch(() => {
    markedMajors(cy).forEach((n: NodeSingular) => {
      if (ids.has(n.id())) return;
      n.removeScratch(LABEL_KEY);
      n.removeClass("major").removeStyle(PLACED_PROPS);
    });
    for (const id of ids) {
      const n = cy.getElementById(id);
      if (n.nonempty() && !n.hasClass("major")) n.addClass("major");
    }
  });
  marks.set(cy, new Set(ids));
}
