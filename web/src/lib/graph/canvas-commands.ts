/**
 * What the canvas does when a panel, search or a tour asks (the explorer's CanvasCommands), over the
 * Cytoscape instance GraphCanvas owns and registers them for.
 */
import type { Core } from "cytoscape";
import type { CanvasCommands } from "../state/explorer.svelte";
import { svgBlob } from "../svg-export";
import { EXPORT_BACKGROUNDS } from "./exports";
import { fitShown, readingZoom } from "./viewport-fit";

/** Framing a few nodes stops at this zoom: closer than a comfortable read is only bigger circles. */
const FIT_TO_MAX_ZOOM = 1.3;

export function canvasCommands(cy: Core): CanvasCommands {
  return {
    centre(id) {
      const n = cy.getElementById(id);
      if (n.nonempty()) cy.animate({ center: { eles: n }, zoom: readingZoom(cy.zoom()) }, { duration: 300 });
    },
    fit() {
      fitShown(cy);
    },
    fitTo(ids) {
      const wanted = new Set(ids);
      const eles = cy.nodes().filter((n) => wanted.has(n.id()));
      if (eles.empty()) return;
      cy.animate(
        { fit: { eles, padding: 90 } },
        {
          duration: 300,
          complete: () => {
            if (cy.zoom() > FIT_TO_MAX_ZOOM)
              cy.zoom({ level: FIT_TO_MAX_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
          },
        },
      );
    },
    async png(bg) {
      const colour = EXPORT_BACKGROUNDS[bg];
      return cy.png({ output: "blob-promise", full: true, scale: 2, ...(colour ? { bg: colour } : {}) });
    },
    svg: (bg) => svgBlob(cy, bg),
    look(camera) {
      cy.animate(camera, { duration: 300 });
    },
    picture() {
      const positions = new Map<string, { x: number; y: number }>();
      cy.nodes().forEach((n) => {
        if (!n.hasClass("hidden") && !n.hasClass("tick")) positions.set(n.id(), { ...n.position() });
      });
      return { positions, zoom: cy.zoom(), pan: { ...cy.pan() }, width: cy.width(), height: cy.height() };
    },
  };
}
