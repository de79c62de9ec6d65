/**
 * Draws a sketch scene (sketch-scene.ts) on a 2D canvas at a viewport: each look in one path, so 20k
 * nodes and 40k edges take one stroke and a fill per node look (bench/web/PROFILE.md: ~130 ms at 20k
 * on this machine's CPU, where Cytoscape's frame of the same view takes 0.8–1.2 s).
 */
import { overlaps, type Box } from "./label-placement";
import { shapePoints, type NodeShape } from "./node-styles";
import type { SketchScene } from "./sketch-scene";
import { INK } from "./styles";
import type { Viewport } from "./viewport-fit";

/** Thinner than this on screen, a line is drawn this thin (and fainter, by its colour) rather than vanish. */
const MIN_LINE_PX = 0.6;
/** Nodes smaller than this on screen are squares: their shape cannot be seen, and a square fills fastest. */
const MIN_SHAPE_PX = 5;
const MIN_NODE_PX = 2;
const LABEL_FONT = "bold 12px system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif";
const HEADING_FONT = "bold 14px system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif";
const LABEL_GAP_PX = 4;

/** The 2D context calls the sketch makes: a CanvasRenderingContext2D, or a recorder in tests. */
export type SketchContext = Pick<
  CanvasRenderingContext2D,
  | "clearRect"
  | "beginPath"
  | "moveTo"
  | "lineTo"
  | "arc"
  | "rect"
  | "closePath"
  | "stroke"
  | "fill"
  | "fillText"
  | "strokeText"
  | "strokeStyle"
  | "fillStyle"
  | "lineWidth"
  | "globalAlpha"
  | "font"
  | "textAlign"
  | "textBaseline"
  | "lineJoin"
  | "measureText"
>;

const unitShapes = new Map<NodeShape, number[]>();
/** The shape's outline in a unit box (-1..1), as the legend draws it. */
function unitShape(shape: NodeShape): number[] {
  let pts = unitShapes.get(shape);
  if (!pts) {
    pts = shapePoints(shape)
      .split(" ")
      .flatMap((p) => p.split(",").map(Number));
    unitShapes.set(shape, pts);
  }
  return pts;
}

/** Draws `scene` on a w×h canvas as Cytoscape would show it at `vp`; what lies outside is skipped. */
export function drawSketch(ctx: SketchContext, scene: SketchScene, vp: Viewport, w: number, h: number): void {
  const { zoom } = vp;
  const sx = (x: number) => vp.pan.x + zoom * x;
  const sy = (y: number) => vp.pan.y + zoom * y;
  ctx.clearRect(0, 0, w, h);
  ctx.globalAlpha = 1;

  for (const g of scene.edges) {
    ctx.beginPath();
    const c = g.coords;
    for (let i = 0; i < c.length; i += 4) {
      const x1 = sx(c[i]!);
      const y1 = sy(c[i + 1]!);
      const x2 = sx(c[i + 2]!);
      const y2 = sy(c[i + 3]!);
      if (Math.max(x1, x2) < 0 || Math.min(x1, x2) > w || Math.max(y1, y2) < 0 || Math.min(y1, y2) > h) continue;
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
    }
    ctx.strokeStyle = g.color;
    ctx.lineWidth = Math.max(MIN_LINE_PX, g.width * zoom);
    ctx.globalAlpha = g.alpha;
    ctx.stroke();
  }

  for (const g of scene.nodes) {
    ctx.beginPath();
    const c = g.coords;
    const outline = unitShape(g.shape);
    for (let i = 0; i < c.length; i += 3) {
      const x = sx(c[i]!);
      const y = sy(c[i + 1]!);
      const r = Math.max(MIN_NODE_PX, c[i + 2]! * zoom) / 2;
      if (x + r < 0 || x - r > w || y + r < 0 || y - r > h) continue;
      if (2 * r < MIN_SHAPE_PX) ctx.rect(x - r, y - r, 2 * r, 2 * r);
      else if (g.shape === "ellipse") {
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, 2 * Math.PI);
      } else {
        ctx.moveTo(x + r * outline[0]!, y + r * outline[1]!);
        for (let k = 2; k < outline.length; k += 2) ctx.lineTo(x + r * outline[k]!, y + r * outline[k + 1]!);
        ctx.closePath();
      }
    }
    ctx.fillStyle = g.color;
    ctx.globalAlpha = g.alpha;
    ctx.fill();
  }

  ctx.globalAlpha = 1;
  for (const ring of scene.rings) {
    const r = Math.max(MIN_NODE_PX, ring.d * zoom) / 2 + 2;
    ctx.beginPath();
    ctx.moveTo(sx(ring.x) + r, sy(ring.y));
    ctx.arc(sx(ring.x), sy(ring.y), r, 0, 2 * Math.PI);
    ctx.strokeStyle = ring.color;
    ctx.lineWidth = 3;
    ctx.stroke();
  }

  // Labels last, each on a white halo so that it reads over the edges, in the scene's order of
  // importance; one that would cover a label already drawn is left out.
  ctx.lineJoin = "round";
  const drawn: Box[] = [];
  for (const l of scene.labels) {
    const x = sx(l.x);
    const y = sy(l.y);
    if (x < -200 || x > w + 200 || y < -40 || y > h + 40) continue;
    const off = l.heading ? 0 : Math.max(MIN_NODE_PX, l.d * zoom) / 2 + LABEL_GAP_PX;
    ctx.font = l.heading ? HEADING_FONT : LABEL_FONT;
    const tw = ctx.measureText(l.text).width;
    const lh = l.heading ? 18 : 15;
    const left = l.side === "right" ? x + off : l.side === "left" ? x - off - tw : x - tw / 2;
    const top = l.side === "bottom" ? y + off : l.side === "top" ? y - off - lh : y - lh / 2;
    const box: Box = [left, top, left + tw, top + lh];
    if (drawn.some((b) => overlaps(b, box))) continue;
    drawn.push(box);
    ctx.textAlign = "left";
    ctx.textBaseline = "middle";
    ctx.strokeStyle = "#ffffff";
    ctx.lineWidth = 4;
    ctx.strokeText(l.text, left, top + lh / 2);
    ctx.fillStyle = INK;
    ctx.fillText(l.text, left, top + lh / 2);
  }
}
