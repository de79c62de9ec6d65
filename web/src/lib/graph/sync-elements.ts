/**
 * The explorer's state applied to Cytoscape's elements: which exist, which are visible, which are
 * highlighted. Each touches only what changes: every class flip restyles its element, and restyling
 * all of them was what made filters slow at 5k nodes.
 */
import type { Collection, Core, ElementDefinition } from "cytoscape";
import type { Positions } from "./layouts";
import type { ElementDef } from "./to-cytoscape";
import type { Highlight } from "../state/explorer.svelte";

/**
 * Adds what is new, drops what is gone (the axis headings excepted), updates node sizes. New nodes with
 * a place in `at` are added there: one cy.add with positions is far cheaper than moving them after.
 * With `slicing`, a big add runs in slices (see addInSlices); the promise settles once all is in.
 */
export function syncElements(
  cy: Core,
  els: readonly ElementDef[],
  at?: Positions,
  slicing?: Slicing,
  pannable = false,
): Promise<void> {
  const ids = new Set<string>();
  const toAdd: ElementDefinition[] = [];
  const sliced = (n: number) => slicing !== undefined && n >= slicing.minElements;
  cy.batch(() => {
    for (const el of els) {
      ids.add(el.data.id);
      const existing = cy.getElementById(el.data.id);
      const p = el.group === "nodes" ? at?.get(el.data.id) : undefined;
      if (existing.empty()) toAdd.push(definition(el, p, pannable));
      else if (el.group === "nodes" && existing.data("size") !== el.data.size) existing.data("size", el.data.size);
    }
    const gone = cy.elements().filter((e) => !ids.has(e.id()) && !e.hasClass("tick"));
    if (gone.nonempty()) gone.remove();
    if (toAdd.length && !sliced(toAdd.length)) cy.add(toAdd);
  });
  return slicing && sliced(toAdd.length) ? addInSlices(cy, toAdd, slicing) : Promise.resolve();
}

/** Adds from this many elements are sliced (5k nodes and their edges are 15k elements; the report's ~1k). */
export const SLICED_ADD_MIN_ELEMENTS = 6000;

/**
 * An element as Cytoscape takes it, at `p` if given. `pannable` nodes pan the view when pressed: set
 * here rather than by panify() after, which restyles every node it changes (5k nodes: a second full
 * draw right after the first).
 */
function definition(el: ElementDef, p: { x: number; y: number } | undefined, pannable: boolean): ElementDefinition {
  if (!p && !(pannable && el.group === "nodes")) return el as ElementDefinition;
  return {
    ...el,
    ...(p ? { position: { x: p.x, y: p.y } } : {}),
    ...(pannable && el.group === "nodes" ? { pannable: true } : {}),
  } as ElementDefinition;
}

export interface Slicing {
  /** Adds of fewer elements than this happen at once. */
  minElements: number;
  /** Elements per cy.add. */
  addSize: number;
  /** Main-thread time per slice of style resolution. */
  budgetMs: number;
  /** Resolves in a later task, so input and other work get a turn between slices. */
  next(): Promise<void>;
}

/**
 * Adding 20k nodes and 40k edges took one task of seconds: cy.add, then Cytoscape resolving every
 * element's style in the first frame, then the drawing. Here the adds and the style resolution run in
 * slices, each its own task, while a batch holds Cytoscape's render loop (it draws nothing while
 * batching), so the first picture is still drawn once, complete, in a task of its own.
 */
async function addInSlices(cy: Core, defs: ElementDefinition[], s: Slicing): Promise<void> {
  const parts: Collection[] = [];
  cy.startBatch();
  try {
    // Nodes come before edges in `defs`, so an edge's ends are always in by its slice.
    for (let i = 0; i < defs.length; i += s.addSize) {
      await s.next();
      if (cy.destroyed()) return;
      parts.push(cy.add(defs.slice(i, i + s.addSize)));
    }
  } finally {
    if (!cy.destroyed()) cy.endBatch();
  }
  // Ending the batch marked every added element for restyling; held again in the same task (no frame
  // in between), the styles are resolved now, slice by slice, and stay resolved when it ends.
  cy.startBatch();
  try {
    for (const part of parts) {
      for (let i = 0; i < part.length;) {
        await s.next();
        if (cy.destroyed()) return;
        const until = performance.now() + s.budgetMs;
        // numericStyle resolves an element's whole style, once.
        do part[i++]?.numericStyle("width");
        while (i < part.length && (i % 64 !== 0 || performance.now() < until));
      }
    }
  } finally {
    if (!cy.destroyed()) cy.endBatch();
  }
}

/** Filtering hides elements rather than removing them, so positions stay stable. */
export function syncVisibility(cy: Core, nodes: ReadonlySet<string>, edges: ReadonlySet<string>): void {
  cy.batch(() => {
    cy.elements().forEach((el) => {
      if (el.hasClass("tick")) return;
      const id = el.id();
      const show = el.isNode() ? nodes.has(id) : edges.has(id);
      if (show === el.hasClass("hidden")) el.toggleClass("hidden", !show);
    });
  });
}

const HIGHLIGHT_CLASSES = ".faded, .in-path, .on-chain, .current-hop";

/** A path or flow in its colours with the rest faded, or the selection and its neighbours. */
export function applyHighlight(cy: Core, h: Highlight | null): void {
  cy.batch(() => {
    const was = cy.elements(HIGHLIGHT_CLASSES);
    if (was.nonempty()) was.removeClass("faded in-path on-chain current-hop");
    if (!h) return;
    const onClass = h.kind === "flow" ? "on-chain" : h.kind === "selection" ? "" : "in-path";
    cy.elements().forEach((e) => {
      if (e.hasClass("tick")) return;
      const id = e.id();
      const node = e.isNode();
      const on = node ? h.nodes.has(id) : h.edges.has(id);
      const cls = on ? (node ? (h.kind === "selection" ? "" : "in-path") : onClass) : "faded";
      if (cls) e.addClass(cls);
      const cur = node ? h.current?.nodes.has(id) : h.current?.edges.has(id);
      if (cur) e.addClass("current-hop");
    });
  });
}
