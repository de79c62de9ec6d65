/**
 * Most elements of a big graph look alike. In the lean stylesheet (lean-style.ts) an element with no
 * class of its own is plain: a node is a disc of its type's colour and shape with no label and no
 * border; an edge is a thin grey straight line between the two centres, with no label and no arrow.
 * Their drawing reaches no further than their shape, and plain edges can be stroked in a batch.
 *
 * Close up in a big graph Cytoscape draws each edge in view on its own, at ~15 µs an edge. Around a hub
 * of the 20k-node bench graph 14k edges cross the view: ~0.2 s of every frame, so a hover or a click
 * took half a second to show. Here the plain ones are stroked in one path per opacity, before Cytoscape
 * draws the rest over them (the nodes, and the edges with a label, an arrow or a colour of their own).
 */
import type { EdgeSingular, SingularElementArgument } from "cytoscape";
import { ownClasses } from "./cytoscape-internals";
import { EDGE_WIDTH, FADED_OPACITY, MUTED_EDGE } from "./styles";

/** The only class a plain element may have: fading changes nothing but its opacity. */
const FADED = "faded";

/**
 * Model units a plain element's drawing may reach past its shape: the overlay Cytoscape draws on a
 * pressed element (10 by its default stylesheet).
 */
export const PLAIN_REACH = 10;

/** The 2D context calls the stroke makes: a CanvasRenderingContext2D, or a recorder in tests. */
export type LineContext = Pick<
  CanvasRenderingContext2D,
  | "save"
  | "restore"
  | "beginPath"
  | "moveTo"
  | "lineTo"
  | "stroke"
  | "strokeStyle"
  | "lineWidth"
  | "lineCap"
  | "globalAlpha"
>;

/** True when the lean stylesheet draws `ele` plain: shown, not selected, no class but "faded". */
export function isPlain(ele: SingularElementArgument): boolean {
  const classes = ownClasses(ele);
  if (classes.size > 1 || (classes.size === 1 && !classes.has(FADED)) || ele.selected()) return false;
  if (ele.isNode()) return true;
  // An edge to a hidden node is not drawn at all; Cytoscape knows that, so it is left to Cytoscape.
  const e = ele as EdgeSingular;
  return !e.source().hasClass("hidden") && !e.target().hasClass("hidden");
}

/**
 * Strokes plain edges as the lean stylesheet draws them, on a context whose transform is Cytoscape's
 * model-to-screen one. The faded ones first, under the others.
 */
export function strokePlainEdges(ctx: LineContext, edges: readonly EdgeSingular[]): void {
  if (edges.length === 0) return;
  ctx.save();
  ctx.strokeStyle = MUTED_EDGE;
  ctx.lineWidth = EDGE_WIDTH.base;
  ctx.lineCap = "butt";
  for (const faded of [true, false]) {
    ctx.beginPath();
    let any = false;
    for (const e of edges) {
      if (e.hasClass(FADED) !== faded) continue;
      const a = e.source().position();
      const b = e.target().position();
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
      any = true;
    }
    if (!any) continue;
    ctx.globalAlpha = faded ? FADED_OPACITY : 1;
    ctx.stroke();
  }
  ctx.restore();
}
