/**
 * The first add of a graph, in slices: the adds and the style resolution each run over several
 * tasks while a batch holds Cytoscape's render loop, so the page never blocks for the whole of it and
 * the first picture is still drawn once, complete.
 */
import type { Collection, Core, ElementDefinition, SingularElementArgument } from "cytoscape";
import { cacheBoundingBox, markConnectedEdgesClean, recalculateRenderedStyle } from "./cytoscape-internals";

/**
 * Adds from this many elements are sliced. The report's ~1k elements too: resolving their styles inside
 * the first frame made it a 330-370 ms task; sliced, the longest load task is ~200 ms and the picture
 * comes no later (bench/web/PROFILE.md). An expand or a filter change adds fewer, at once.
 */
export const SLICED_ADD_MIN_ELEMENTS = 500;

export interface Slicing {
  /** Adds of fewer elements than this happen at once. */
  minElements: number;
  /** Elements per cy.add. */
  addSize: number;
  /** Main-thread time per slice of adds, and of style and geometry resolution. */
  budgetMs: number;
  /** Resolves in a later task, so input and other work get a turn between slices. */
  next(): Promise<void>;
}

/**
 * Adding 20k nodes and 40k edges took one task of seconds: cy.add, then Cytoscape resolving every
 * element's style in the first frame, then the drawing. Here the adds and the style resolution run in
 * slices, each its own task, while a batch holds Cytoscape's render loop (it draws nothing while
 * batching), so the first picture is still drawn once, complete, in a task of its own. `added` is
 * called once every element is in, before their styles are resolved.
 */
export async function addInSlices(cy: Core, defs: ElementDefinition[], s: Slicing, added?: () => void): Promise<void> {
  const parts: Collection[] = [];
  cy.startBatch();
  try {
    // Nodes come before edges in `defs`, so an edge's ends are always in by its slice. Adds of `addSize`
    // until the slice's time is up: an edge's add walks its source's edges (Cytoscape's parallel edges),
    // so the edges around a hub cost far more than others.
    for (let i = 0; i < defs.length;) {
      await s.next();
      if (cy.destroyed()) return;
      const until = performance.now() + s.budgetMs;
      do {
        parts.push(cy.add(defs.slice(i, i + s.addSize)));
        i += s.addSize;
      } while (i < defs.length && performance.now() < until);
    }
    // Ending the batch marks every element for restyling, and tells the renderer of each: a task of its own.
    await s.next();
    if (cy.destroyed()) return;
  } finally {
    if (!cy.destroyed()) cy.endBatch();
  }
  if (cy.destroyed()) return;
  // Ending the batch marked every added element for restyling; held again in the same task (no frame
  // in between), the styles are resolved now, slice by slice, and stay resolved when it ends.
  cy.startBatch();
  try {
    // All in: what needs no style (positions, classes, the viewport, a sketch of it) can go ahead, in a
    // task of its own. The explorer's effects that follow cost ~0.2 s at 20k nodes; with the last add and
    // the end of its batch they were one task of 0.3 s.
    await s.next();
    if (cy.destroyed()) return;
    added?.();
    // numericStyle resolves an element's whole style, once.
    await inSlices(cy, parts, s, (ele) => void ele.numericStyle("width"));
    // Then the geometry the renderer derives from it (label sizes, edge end points) and the bounding
    // box, which it would otherwise work out for every element inside the first frame. Each node is then
    // marked as having its edges done (all of them were just worked out), or the first frame queues them
    // again and redoes them. 20k nodes: that frame 0.47-0.51 -> 0.21-0.25 s, the canvas ready ~1 s
    // sooner; the bounding boxes were 30-60 ms more of the first frame at 1k nodes (bench/web/PROFILE.md).
    await inSlices(cy, parts, s, (ele) => {
      recalculateRenderedStyle(ele);
      cacheBoundingBox(ele);
    });
    for (const part of parts) part.nodes().forEach(markConnectedEdgesClean);
  } finally {
    if (!cy.destroyed()) cy.endBatch();
  }
}

/** Calls `each` on every element of `parts`, `s.budgetMs` of main thread per task. */
async function inSlices(
  cy: Core,
  parts: Collection[],
  s: Slicing,
  each: (ele: SingularElementArgument) => void,
): Promise<void> {
  for (const part of parts) {
    for (let i = 0; i < part.length;) {
      await s.next();
      if (cy.destroyed()) return;
      const until = performance.now() + s.budgetMs;
      do {
        const ele = part[i++];
        if (ele) each(ele);
      } while (i < part.length && (i % 64 !== 0 || performance.now() < until));
    }
  }
}

/** The explorer's: adds of 500 elements and style resolution, ~50 ms per task, each slice a task of its own. */
export const EXPLORER_SLICING: Slicing = {
  minElements: SLICED_ADD_MIN_ELEMENTS,
  addSize: 500,
  budgetMs: 50,
  next: () => new Promise((r) => setTimeout(r, 0)),
};
