/**
 * Pointer feedback on the canvas (hover), its keys, and knowing when the viewport has come to rest.
 * Measured at 5k nodes: restyling on every zoom event and hover classes flipping as nodes slid under a
 * panning pointer each forced full redraws, 0.3 frames/s; without them Cytoscape pans on its viewport
 * texture.
 */
import type { Core, EventObject, NodeSingular } from "cytoscape";
import { fitShown } from "./viewport-fit";
import { directMover, type ViewportMover } from "./viewport-preview";

export interface ViewportWatch {
  /** True from the first pan or zoom event until the viewport has been still for a moment. */
  moving(): boolean;
  dispose(): void;
}

/** Calls `settled` once the viewport has been still for `quietMs` after moving. */
export function watchViewport(cy: Core, settled: () => void, quietMs = 150): ViewportWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let moving = false;
  const onViewport = () => {
    moving = true;
    clearTimeout(timer);
    timer = setTimeout(() => {
      moving = false;
      settled();
    }, quietMs);
  };
  cy.on("viewport", onViewport);
  return {
    moving: () => moving,
    dispose() {
      clearTimeout(timer);
      cy.off("viewport", onViewport);
    },
  };
}

const buttonDown = (e: EventObject) => ((e.originalEvent as MouseEvent | undefined)?.buttons ?? 0) !== 0;

/**
 * Hover: the node, its relationships and their labels stand out. Skipped while the viewport moves
 * (`moving`: also while a preview shows a picture Cytoscape has not drawn yet, where its idea of what
 * is under the pointer is wrong) or a button is held (a pan in progress), when it would only cost
 * redraws nobody can look at. The pointer cursor is set on `pointerArea`, an element around Cytoscape's
 * container: Cytoscape takes any change to its container's attributes for a resize and redraws every
 * layer (at 20k nodes a second frame of 0.1-0.3 s after each hover).
 */
export function hoverFeedback(cy: Core, pointerArea: HTMLElement, moving: () => boolean): void {
  const idle = (e: EventObject) => !moving() && !buttonDown(e);
  cy.on("mouseover", "node", (e) => {
    if (!idle(e)) return;
    const n = e.target as NodeSingular;
    cy.batch(() => {
      n.addClass("hover");
      n.connectedEdges().addClass("near");
    });
    pointerArea.style.cursor = "pointer";
  });
  cy.on("mouseout", "node", (e) => {
    const n = e.target as NodeSingular;
    pointerArea.style.cursor = "";
    if (!n.hasClass("hover")) return;
    cy.batch(() => {
      n.removeClass("hover");
      n.connectedEdges(".near").removeClass("near");
    });
  });
  cy.on("mouseover", "edge", (e) => {
    if (idle(e)) e.target.addClass("hover");
  });
  cy.on("mouseout", "edge", (e) => {
    if (e.target.hasClass("hover")) e.target.removeClass("hover");
  });
}

/** Below this on-screen diameter a node is too small to aim at: pressing on it pans instead of dragging it. */
const MIN_GRAB_PX = 10;

/**
 * Zoomed out, a press almost always lands on some node, and dragging that node (a full redraw per
 * move at 5k nodes) is not what anyone meant: small nodes pan the view, and in a big graph (`big`)
 * every node does. Returns a function to call once the zoom has settled.
 */
export function panOnSmallNodes(cy: Core, nodeSize: number, big: boolean): () => void {
  let pannable: boolean | null = null;
  return () => {
    const small = big || cy.zoom() * nodeSize < MIN_GRAB_PX;
    if (small === pannable) return;
    pannable = small;
    const nodes = cy.nodes();
    if (small) nodes.panify();
    else nodes.unpanify();
  };
}

/** How far one arrow key pans, in pixels, and how much one + or - zooms. */
const KEY_PAN_PX = 60;
const KEY_ZOOM = 1.25;

/**
 * The canvas's keys: arrows pan, + and - zoom about the centre, 0 fits what is shown. False for any
 * other key, which is left to the page. A big graph's preview is the `mover`: it shows the moves before
 * Cytoscape draws them.
 */
export function viewportKey(cy: Core, key: string, mover: ViewportMover = directMover(cy)): boolean {
  const moves: Record<string, [number, number]> = {
    ArrowLeft: [KEY_PAN_PX, 0],
    ArrowRight: [-KEY_PAN_PX, 0],
    ArrowUp: [0, KEY_PAN_PX],
    ArrowDown: [0, -KEY_PAN_PX],
  };
  const m = moves[key];
  const centre = () => ({ x: cy.width() / 2, y: cy.height() / 2 });
  if (m) mover.panBy(m[0], m[1]);
  else if (key === "+" || key === "=") mover.zoomBy(KEY_ZOOM, centre());
  else if (key === "-") mover.zoomBy(1 / KEY_ZOOM, centre());
  else if (key === "0") fitShown(cy);
  else return false;
  return true;
}
