/**
 * Readable labels for the nodes that matter (hubs, or what is highlighted): a font of constant size on
 * screen, placed greedily by importance so that no big label covers another. Runs once the viewport is
 * still, never per frame: a style change during a pan or zoom throws away Cytoscape's viewport texture
 * and forces a full redraw of every element.
 */
import type { Core, NodeSingular } from "cytoscape";

/** The stylesheet's z-index for `node.major`, and the one above it for a major whose big label is placed. */
export const MAJOR_Z = 20;
export const LABELLED_Z = 25;

/** Scratch key holding the label state a node was last given, to skip restyling it the same. */
const LABEL_KEY = "pgMajorLabel";

export type Box = [number, number, number, number];

export const overlaps = (a: Box, b: Box): boolean => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

/** On-screen font size (model units) of a major label at this zoom: readable when zoomed out, never huge. */
export const majorFontSize = (zoom: number): number => Math.max(12, Math.min(32, 12.5 / zoom));

/** The box a label of `chars` characters takes under a node at rendered position p with radius r. */
export function labelBox(
  p: { x: number; y: number },
  r: number,
  chars: number,
  fontPx: number,
  maxWidthPx: number,
): Box {
  const w = Math.min(chars * fontPx * 0.55, maxWidthPx);
  const lines = Math.ceil((chars * fontPx * 0.55) / Math.max(w, 1));
  return [p.x - w / 2, p.y + r, p.x + w / 2, p.y + r + lines * fontPx * 1.25 + 4];
}

/**
 * Sizes the labels of `.major` nodes for the current zoom; `first` are placed before anything else
 * (the selection, a path's two ends). A node whose label stays as it was is not restyled: any style
 * change costs a full redraw.
 */
export function placeMajorLabels(cy: Core, first: ReadonlySet<string | null>): void {
  const zoom = cy.zoom();
  const size = majorFontSize(zoom);
  const width = Math.round(size * 11);
  const placed: Box[] = [];
  const majors = cy
    .nodes(".major")
    .sort((a, b) => Number(first.has(b.id())) - Number(first.has(a.id())) || b.degree(false) - a.degree(false));
  cy.batch(() => {
    majors.forEach((n: NodeSingular) => {
      const box = labelBox(
        n.renderedPosition(),
        (n.renderedWidth() || 20) / 2,
        String(n.data("label")).length,
        size * zoom,
        width * zoom,
      );
      const clash = placed.some((b) => overlaps(box, b));
      if (!clash) placed.push(box);
      const wanted = clash ? "small" : `${size}`;
      if (n.scratch(LABEL_KEY) === wanted) return;
      n.scratch(LABEL_KEY, wanted);
      if (clash) n.style({ "font-size": 12, "min-zoomed-font-size": 7, "z-index": MAJOR_Z });
      // Cytoscape draws a label with its node, so a node drawn later covers it: a placed label's node is drawn
      // above the other majors (placed labels do not overlap each other).
      else
        n.style({
          "font-size": size,
          "text-max-width": `${width}px`,
          "min-zoomed-font-size": 0,
          "z-index": LABELLED_Z,
        });
    });
  });
}

/** Marks these nodes `.major` (and only these), clearing the label sizes of the ones that stop being. */
export function markMajors(cy: Core, ids: ReadonlySet<string>): void {
  cy.batch(() => {
    cy.nodes(".major").forEach((n: NodeSingular) => {
      if (ids.has(n.id())) return;
      n.removeScratch(LABEL_KEY);
      n.removeClass("major").removeStyle("font-size text-max-width min-zoomed-font-size z-index");
    });
    for (const id of ids) {
      const n = cy.getElementById(id);
      if (n.nonempty() && !n.hasClass("major")) n.addClass("major");
    }
  });
}
