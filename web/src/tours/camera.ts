/**
 * Where present mode's camera goes for a step: the captured viewport when the step has one, else a
 * frame around the step's nodes. Pure (sizes in, zoom and pan out), so it is unit-tested.
 */
import type { TourView } from "@pg/seed/tour-schema";
import type { Point } from "./spotlight";

export interface Size {
  width: number;
  height: number;
}
export interface Camera {
  zoom: number;
  pan: Point;
}

/**
 * The captured viewport on a screen of this size. The same model point stays in the middle, and the
 * zoom scales with the screen so the whole captured area is shown: by the tighter of the two ratios,
 * so a wider or taller screen adds room at the sides rather than cutting any of the picture off.
 * A viewport without its canvas size (hand-written) is taken as it is.
 */
export function restoreViewport(viewport: NonNullable<TourView["viewport"]>, size: Size): Camera {
  const { zoom, pan, width, height } = viewport;
  if (!width || !height) return { zoom, pan: { ...pan } };
  const centre = { x: (width / 2 - pan.x) / zoom, y: (height / 2 - pan.y) / zoom };
  const scaled = zoom * Math.min(size.width / width, size.height / height);
  return { zoom: scaled, pan: { x: size.width / 2 - scaled * centre.x, y: size.height / 2 - scaled * centre.y } };
}

/**
 * Frames the points, but never closer than a zoom of 1: a step about three neighbours should not
 * blow their labels up to headline size.
 */
export function frame(points: readonly Point[], size: Size): Camera {
  // Room for the labels under and beside the nodes, in model units.
  const margin = { x: 130, y: 90 };
  const x1 = Math.min(...points.map((p) => p.x)) - margin.x;
  const x2 = Math.max(...points.map((p) => p.x)) + margin.x;
  const y1 = Math.min(...points.map((p) => p.y)) - margin.y;
  // More below: labels hang under their nodes, and the legend sits at the bottom.
  const y2 = Math.max(...points.map((p) => p.y)) + margin.y + 90;
  const fit = Math.min(size.width / (x2 - x1), size.height / (y2 - y1));
  const zoom = Math.max(0.12, Math.min(1, fit));
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  return { zoom, pan: { x: size.width / 2 - zoom * cx, y: size.height / 2 - zoom * cy } };
}
