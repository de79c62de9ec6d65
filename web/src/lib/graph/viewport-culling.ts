/**
 * Close up in a big graph, Cytoscape's canvas renderer still visits every element, in view or not:
 * each frame asks all of them for their bounding box to skip those outside the view, and each pointer
 * move hit-tests all of them. At 20k nodes (60k elements) that was 0.25 s a frame and ~0.1 s a move
 * whatever was in view (bench/web/PROFILE.md), so a hover or a click took a third of a second to show.
 *
 * Here both are handed only the elements that can be near the view, or the pointer, from a cheap test of
 * positions and sizes. The test keeps more than Cytoscape's own would (never fewer), so what it draws
 * and what it hits are unchanged. Cytoscape's WebGL renderer has its own hit test and is left alone.
 */
import type { Core, EdgeSingular, NodeSingular, SingularElementReturnValue } from "cytoscape";
import {
  canvasRenderer,
  restoreOwn,
  withMethod,
  type Box,
  type RenderedElement,
  type ZSorted,
} from "./cytoscape-internals";
import { PLAIN_REACH, isPlain, strokePlainEdges } from "./plain-elements";

/** Model units past an element's shape that its drawing may reach: a label (140 px wide at most, see
 * styles.ts), a border, an arrow, the bulge of a bundled curve. Hub labels can be longer: always kept. */
export const DRAW_REACH = 400;
/** Past a node's disc or an edge's line, what may still take a click: a border, an arrow, a curve's bulge. */
const HIT_REACH = 50;
/** Cytoscape's hit threshold for touch, in screen pixels (8 for a mouse). */
const TOUCH_THRESHOLD_PX = 24;
/** Screen pixels of antialiasing past a plain element's shape. */
const ANTIALIAS_PX = 2;

export interface ViewportCulling {
  dispose(): void;
}

/**
 * True when `ele` may reach into `box` (model units), reaching `reach` past its disc or its line. Hubs
 * (`.major`, their labels can be long) and axis headings (`.tick`, sized to the zoom) always may.
 */
export function mayReach(ele: SingularElementReturnValue, box: Box, reach: number): boolean {
  if (ele.isNode()) {
    const n = ele as NodeSingular;
    if (n.hasClass("major") || n.hasClass("tick")) return true;
    const p = n.position();
    const r = (Number(n.data("size")) || 0) / 2 + reach;
    return p.x + r >= box.x1 && p.x - r <= box.x2 && p.y + r >= box.y1 && p.y - r <= box.y2;
  }
  const e = ele as EdgeSingular;
  const a = e.source().position();
  const b = e.target().position();
  return (
    Math.max(a.x, b.x) + reach >= box.x1 &&
    Math.min(a.x, b.x) - reach <= box.x2 &&
    Math.max(a.y, b.y) + reach >= box.y1 &&
    Math.min(a.y, b.y) - reach <= box.y2
  );
}

/**
 * For a graph drawn with the lean stylesheet (lean-style.ts): its plain elements (plain-elements.ts) are
 * kept only when their shape reaches the view (a label could reach 400 units further), and its plain
 * edges are stroked in a batch rather than one by one by Cytoscape.
 */
export function viewportCulling(cy: Core): ViewportCulling {
  const renderer = canvasRenderer(cy);
  const draw = renderer.drawCachedElements.bind(renderer);
  const find = renderer.findNearestElements.bind(renderer);

  // Called with Cytoscape's extent test to follow: for the view, and for nodes being dragged.
  renderer.drawCachedElements = (context, eles, pxRatio, extent) => {
    if (!extent) return draw(context, eles, pxRatio, extent);
    const plainReach = PLAIN_REACH + ANTIALIAS_PX / cy.zoom();
    const lines: EdgeSingular[] = [];
    const rest: RenderedElement[] = [];
    for (const e of eles) {
      const plain = isPlain(e);
      if (!mayReach(e, extent, plain ? plainReach : DRAW_REACH)) continue;
      if (plain && e.isEdge()) lines.push(e as EdgeSingular);
      else rest.push(e);
    }
    strokePlainEdges(context, lines);
    draw(context, rest, pxRatio, extent);
  };
  // Not through Cytoscape's layered cache: to find whether a layer of the whole graph fits at this zoom,
  // it works out every element's bounding box (~0.1 s a frame at 20k nodes) and close up finds it does
  // not. Its layers make a pan cheap, and a big graph's pan moves the last picture (viewport-preview.ts).
  renderer.drawLayeredElements = (context, eles, pxRatio, extent) =>
    renderer.drawCachedElements(context, eles, pxRatio, extent);

  // Cytoscape's hit test reads the element list from getCachedZSortedEles: for the one call, that list
  // is the elements near the pointer, in the same z order.
  renderer.findNearestElements = (x, y, interactiveOnly, isTouch) => {
    const t = TOUCH_THRESHOLD_PX / cy.zoom();
    const box = { x1: x - t, y1: y - t, x2: x + t, y2: y + t };
    const near: ZSorted = renderer.getCachedZSortedEles().filter((e) => mayReach(e, box, HIT_REACH));
    near.interactive = near.filter((e) => e.interactive());
    return withMethod(
      renderer,
      "getCachedZSortedEles",
      () => near,
      () => find(x, y, interactiveOnly, isTouch),
    );
  };

  return {
    dispose() {
      for (const name of ["drawLayeredElements", "drawCachedElements", "findNearestElements"] as const)
        restoreOwn(renderer, name);
    },
  };
}
