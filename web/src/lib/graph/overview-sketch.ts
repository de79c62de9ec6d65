/**
 * A big graph seen whole is drawn as a sketch, not by Cytoscape. Cytoscape's canvas frame costs about
 * 0.25 ms per element in view at 20k nodes on this kind of machine (bench/web/PROFILE.md): 0.8–1.2 s
 * for the whole graph, each time the view moves or a class changes. The sketch (sketch-scene.ts,
 * sketch-draw.ts) draws the same nodes, edges and highlights in one path per look in ~0.13 s.
 *
 * It takes the place of Cytoscape's draw in Cytoscape's own render loop, so it is drawn exactly when
 * Cytoscape would have drawn (a moved view, a changed class or position) and announces its frame with
 * Cytoscape's `render` event, which the pan preview and the bench wait for. Once the view holds
 * `minViewNodes` or fewer nodes, Cytoscape draws again: close up, its picture has the detail (borders,
 * all labels, arrows) and costs less. Exports (cy.png) always draw with Cytoscape.
 */
import type { Core, EventObject } from "cytoscape";
import { allElements, canvasRenderer, isBatching, restoreOwn } from "./cytoscape-internals";
import { drawSketch } from "./sketch-draw";
import { sketchScene } from "./sketch-scene";

/** More nodes than this in view, and the sketch draws them (Cytoscape's frame is then over ~0.5 s here). */
export const SKETCH_MIN_VIEW_NODES = 2500;

export interface OverviewSketch {
  dispose(): void;
}

/**
 * Whether more than `than` nodes shown (not hidden, not an axis heading) have their centre inside the
 * viewport. Asked before each frame: it stops counting there, and reads the elements without a copy.
 */
function moreNodesInView(cy: Core, than: number): boolean {
  const { x1, y1, x2, y2 } = cy.extent();
  const eles = allElements(cy);
  let n = 0;
  for (let i = 0; i < eles.length; i++) {
    const node = eles[i]!;
    if (!node.isNode() || node.hasClass("hidden") || node.hasClass("tick")) continue;
    const p = node.position();
    if (p.x >= x1 && p.x <= x2 && p.y >= y1 && p.y <= y2 && ++n > than) return true;
  }
  return false;
}

export function overviewSketch(cy: Core, container: HTMLElement, minViewNodes = SKETCH_MIN_VIEW_NODES): OverviewSketch {
  const cytoscapeCanvases = [...container.querySelectorAll("canvas")];
  const canvas = document.createElement("canvas");
  canvas.className = "overview-sketch";
  canvas.setAttribute("aria-hidden", "true");
  Object.assign(canvas.style, {
    position: "absolute",
    left: "0",
    top: "0",
    // Over Cytoscape's canvases (their container is at 0), under the view's tools over the canvas (5).
    zIndex: "1",
    pointerEvents: "none",
    visibility: "hidden",
  });
  container.appendChild(canvas);
  // CPU-backed: on a software GPU (SwiftShader) one stroke of 40k lines took 9 s on an accelerated
  // canvas and 0.1 s on this one.
  const ctx = canvas.getContext("2d", { willReadFrequently: true });

  let sketching = false;
  /** Shows the sketch or Cytoscape's canvases, in the task that drew it: both change in the same frame. */
  const show = (sketch: boolean) => {
    if (sketch === sketching) return;
    sketching = sketch;
    canvas.style.visibility = sketch ? "visible" : "hidden";
    for (const c of cytoscapeCanvases) c.style.visibility = sketch ? "hidden" : "";
  };
  // Cytoscape's render loop calls renderer.render for each frame it owes; this instance's stands in.
  const renderer = canvasRenderer(cy);
  const cytoscapeRender = renderer.render.bind(renderer);
  // Cytoscape asks for frames the sketch need not draw again (its own cache work, restyles that were
  // already drawn): the sketch is drawn again only after a change it shows, or a resize.
  let stale = true;
  /** Draws the sketch if that is what the view wants; false when Cytoscape should draw it. */
  const sketched = (): boolean => {
    if (!ctx || !moreNodesInView(cy, minViewNodes)) return false;
    const w = container.clientWidth;
    const h = container.clientHeight;
    if (sketching && !stale && canvas.width === w && canvas.height === h) return true;
    stale = false;
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    drawSketch(ctx, sketchScene(cy), { zoom: cy.zoom(), pan: cy.pan() }, w, h);
    show(true);
    cy.emit("render");
    return true;
  };
  renderer.render = (options) => {
    if (options?.forcedContext) return cytoscapeRender(options);
    // What Cytoscape leaves undrawn stays marked to draw: its next own frame draws all of it.
    if (sketched()) return;
    cytoscapeRender(options);
    show(false);
  };
  // Cytoscape's render loop draws nothing while a batch holds it: a big graph's styles are resolved in
  // slices for seconds after its elements are in. The sketch needs no styles, so meanwhile it draws
  // the first picture, and what the user does, itself (once a frame).
  let frame = 0;
  const drawWhileHeld = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (isBatching(cy)) sketched();
    });
  };
  // What the sketch shows changed. Adds and removes are not drawn while held: those are a big graph's
  // first add, which is drawn once it is complete.
  const changed = (e: EventObject) => {
    stale = true;
    if (e.type !== "add" && e.type !== "remove") drawWhileHeld();
  };
  const shown = "viewport class select unselect position data add remove";
  cy.on(shown, changed);

  return {
    dispose() {
      cancelAnimationFrame(frame);
      cy.off(shown, changed);
      restoreOwn(renderer, "render");
      show(false);
      canvas.remove();
    },
  };
}
