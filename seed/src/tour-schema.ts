/**
 * A tour: an ordered list of steps, each a saved view of the graph with a title, a caption and,
 * optionally, a quote from the report. The single source of the tour format: seed/tours/*.json,
 * the API (/api/tours), the browser's tour editor and its JSON import all parse with it.
 */
import { z } from "zod";
import { Id, NODE_TYPES, Quote, SectionRef } from "./schema";

/** How the explorer was showing the graph. Hand-written tours use the structured fields; a step
 * captured in the page also keeps the explorer's own URL query so "open in explorer" restores it exactly. */
export const TourView = z.strictObject({
  /** Only these node types are shown (all when absent). */
  types: z.array(z.enum(NODE_TYPES)).optional(),
  /** Only what existed up to this year is shown (the timeline). */
  year: z.number().int().min(1900).max(2100).optional(),
  /** When given, the step shows only these nodes (and the relationships between them). */
  nodes: z.array(Id).optional(),
  /** Nodes drawn emphasised; the camera frames them. */
  highlight: z.array(Id).optional(),
  /** The node whose details the step is about. */
  select: Id.optional(),
  /** Show the shortest path between two nodes. */
  path: z.strictObject({ from: Id, to: Id }).optional(),
  /** Show only KNOWLEDGE_FLOW relationships (and their ends). */
  flows: z.boolean().optional(),
  /** A layout name the explorer knows (fcose, north-south, by-type, timeline); free text so old tours survive renames. */
  layout: z.string().max(40).optional(),
  /**
   * Cytoscape zoom and pan; when absent the camera fits the highlighted (or visible) nodes. `width` and
   * `height` are the canvas's size when it was captured: a screen of another size shows the same area.
   */
  viewport: z
    .strictObject({
      zoom: z.number().positive(),
      pan: z.strictObject({ x: z.number(), y: z.number() }),
      width: z.number().positive().optional(),
      height: z.number().positive().optional(),
    })
    .optional(),
  /**
   * Where each node on screen stood (model coordinates) when the step was captured in the explorer:
   * the step then shows exactly these nodes, in these places, whatever layout the presentation has.
   */
  positions: z.record(Id, z.tuple([z.number(), z.number()])).optional(),
  /** The explorer's URL query string when the step was captured ("?sel=…"), for "open in explorer". */
  url: z.string().max(4000).optional(),
});
export type TourView = z.infer<typeof TourView>;

export const TourQuote = z.strictObject({ section: SectionRef, text: Quote });
export type TourQuote = z.infer<typeof TourQuote>;

export const TourStep = z.strictObject({
  title: z.string().min(1).max(120),
  caption: z.string().max(600),
  quote: TourQuote.optional(),
  view: TourView,
});
export type TourStep = z.infer<typeof TourStep>;

export const Tour = z.strictObject({
  id: Id,
  title: z.string().min(1).max(120),
  description: z.string().max(600).default(""),
  steps: z.array(TourStep).min(1, "a tour needs at least one step").max(100),
});
export type Tour = z.infer<typeof Tour>;
export type TourInput = z.input<typeof Tour>;

/** Every node id a step names, for the check that a tour only points at nodes that exist. */
export function tourNodeIds(tour: Tour): string[] {
  const ids = new Set<string>();
  for (const { view } of tour.steps) {
    for (const id of [...(view.nodes ?? []), ...(view.highlight ?? [])]) ids.add(id);
    if (view.select) ids.add(view.select);
    if (view.path) ids.add(view.path.from).add(view.path.to);
  }
  return [...ids];
}
