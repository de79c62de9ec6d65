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

/** Model units past an element's shape that its drawing may reach: a label (140 px wide at most, see
 * styles.ts), a border, an arrow, the bulge of a bundled curve. Hub labels can be longer: always kept. */
export const DRAW_REACH = 400;
/** Past a node's disc or an edge's line, what may still take a click: a border, an arrow, a curve's bulge. */
const HIT_REACH = 50;
/** Cytoscape's hit threshold for touch, in screen pixels (8 for a mouse). */
const TOUCH_THRESHOLD_PX = 24;

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** An element as the renderer sees it: `interactive()` is missing from Cytoscape's type declarations. */
type Element = SingularElementReturnValue & { interactive(): boolean };
/** Cytoscape's z-ordered element list; its hit test reads the `interactive` ones from it. */
type ZSorted = Element[] & { interactive?: Element[] };

/** The canvas renderer's methods replaced here. Internal, though reached through the public cy.renderer(). */
interface CanvasRenderer {
  drawLayeredElements(context: unknown, eles: ZSorted, pxRatio: number, extent?: Box): void;
  drawCachedElements(context: unknown, eles: ZSorted, pxRatio: number, extent?: Box): void;
  findNearestElements(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): unknown[];
  getCachedZSortedEles(forceRecalc?: boolean): ZSorted;
}

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

export function viewportCulling(cy: Core): ViewportCulling {
  const renderer = (cy as unknown as { renderer(): CanvasRenderer }).renderer();
  const draw = renderer.drawCachedElements.bind(renderer);
  const find = renderer.findNearestElements.bind(renderer);
  const zSorted = renderer.getCachedZSortedEles.bind(renderer);

  // Called with Cytoscape's extent test to follow: for the view, and for nodes being dragged.
  renderer.drawCachedElements = (context, eles, pxRatio, extent) =>
    draw(context, extent ? eles.filter((e) => mayReach(e, extent, DRAW_REACH)) : eles, pxRatio, extent);
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
    const near: ZSorted = zSorted().filter((e) => mayReach(e, box, HIT_REACH));
    near.interactive = near.filter((e) => e.interactive());
    renderer.getCachedZSortedEles = () => near;
    try {
      return find(x, y, interactiveOnly, isTouch);
    } finally {
      delete (renderer as Partial<CanvasRenderer>).getCachedZSortedEles;
    }
  };

  return {
    dispose() {
      delete (renderer as Partial<CanvasRenderer>).drawLayeredElements;
      delete (renderer as Partial<CanvasRenderer>).drawCachedElements;
      delete (renderer as Partial<CanvasRenderer>).findNearestElements;
    },
  };
}
