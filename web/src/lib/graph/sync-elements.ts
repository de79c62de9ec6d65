/**
 * The explorer's state applied to Cytoscape's elements: which exist, which are visible, which are
 * highlighted. Each touches only what changes: every class flip restyles its element, and restyling
 * all of them was what made filters slow at 5k nodes.
 */
import type { Core, ElementDefinition, SingularElementArgument } from "cytoscape";
import type { Positions } from "./layouts";
import { EXPLORER_SLICING, addInSlices, type Slicing } from "./sliced-add";
import type { ElementDef } from "./to-cytoscape";
import type { Highlight } from "../state/explorer.svelte";

/** What the filters show, by id. */
export interface Shown {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface SyncOptions {
  /** Where new nodes go: one cy.add with positions is far cheaper than moving them after. */
  at?: Positions;
  /** A big add runs in slices (see addInSlices). */
  slicing?: Slicing;
  /** See definition(). */
  pannable?: boolean;
  /** Called once all is in; the promise settles once their styles are resolved too. */
  added?: () => void;
  /**
   * What the filters show: a new element outside it is added hidden. Added, then hidden, each was
   * restyled twice: at 20k nodes the default view hides 5k elements, ~40 ms of a load task and ~30 ms of
   * the first frame. syncVisibility still has the last word.
   */
  shown?: Shown;
}

/** Adds what is new, drops what is gone (the axis headings excepted), updates node sizes. */
export function syncElements(cy: Core, els: readonly ElementDef[], opts: SyncOptions = {}): Promise<void> {
  const { at, slicing, pannable = false, added, shown } = opts;
  const ids = new Set<string>();
  const toAdd: ElementDefinition[] = [];
  const sliced = (n: number) => slicing !== undefined && n >= slicing.minElements;
  const hidden = (el: ElementDef) =>
    shown !== undefined && !(el.group === "nodes" ? shown.nodes : shown.edges).has(el.data.id);
  // The first add: every element is new and none is gone. Asking for each id cost ~50 ms at 20k nodes.
  const first = cy.elements().empty();
  cy.batch(() => {
    for (const el of els) {
      const p = el.group === "nodes" ? at?.get(el.data.id) : undefined;
      if (first) {
        toAdd.push(definition(el, p, pannable, hidden(el)));
        continue;
      }
      ids.add(el.data.id);
      const existing = cy.getElementById(el.data.id);
      if (existing.empty()) toAdd.push(definition(el, p, pannable, hidden(el)));
      else if (el.group === "nodes" && existing.data("size") !== el.data.size) existing.data("size", el.data.size);
    }
    const gone = first ? cy.collection() : cy.elements().filter((e) => !ids.has(e.id()) && !e.hasClass("tick"));
    if (gone.nonempty()) gone.remove();
    if (toAdd.length && !sliced(toAdd.length)) cy.add(toAdd);
  });
  if (slicing && sliced(toAdd.length)) return addInSlices(cy, toAdd, slicing, added);
  added?.();
  return Promise.resolve();
}

/** One sync of the feed. */
export interface Feed {
  /** Where new nodes go; null: the layout places them. */
  at: Positions | null;
  /** Nodes the user has put elsewhere. */
  dragged: Positions;
  /** What the filters show, worked out when the sync begins. */
  shown: () => Shown;
  added?: () => void;
}

/**
 * Syncs into `cy` one after another: a big first add runs in slices over several tasks, and the sync
 * after it must wait until it is done. New nodes go where `at` puts them unless the user has `dragged`
 * them elsewhere. `pannable`: see definition().
 */
export function elementFeed(cy: Core, pannable: boolean): (els: readonly ElementDef[], feed: Feed) => Promise<void> {
  let syncing: Promise<void> = Promise.resolve();
  return (els, { at, dragged, shown, added }) => {
    syncing = syncing
      .then(async () => {
        // A big sync begins in a task of its own, not in the one that brought the data: that one works
        // out the filters, the elements and the layout's start (~0.25 s at 20k nodes).
        if (els.length >= EXPLORER_SLICING.minElements) await EXPLORER_SLICING.next();
        if (cy.destroyed()) return;
        await syncElements(cy, els, {
          ...(at ? { at: new Map([...at, ...dragged]) } : {}),
          slicing: EXPLORER_SLICING,
          pannable,
          shown: shown(),
          ...(added ? { added } : {}),
        });
      })
      .catch((err: unknown) => console.error("adding the elements failed", err));
    return syncing;
  };
}

/**
 * An element as Cytoscape takes it, at `p` if given, with the class "hidden" if `hidden`. `pannable`
 * nodes pan the view when pressed: set here rather than by panify() after, which restyles every node it
 * changes (5k nodes: a second full draw right after the first).
 */
function definition(
  el: ElementDef,
  p: { x: number; y: number } | undefined,
  pannable: boolean,
  hidden: boolean,
): ElementDefinition {
  if (!p && !(pannable && el.group === "nodes") && !hidden) return el as ElementDefinition;
  return {
    ...el,
    ...(p ? { position: { x: p.x, y: p.y } } : {}),
    ...(pannable && el.group === "nodes" ? { pannable: true } : {}),
    ...(hidden ? { classes: el.classes ? `${el.classes} hidden` : "hidden" } : {}),
  } as ElementDefinition;
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

const HIGHLIGHT_CLASSES = "faded in-path on-chain current-hop";

/**
 * What this module marked on an instance, so that undoing it searches no element: a selector over every
 * element (`:selected`, `.picked`, the highlight's classes) was 20-45 ms each at 20k nodes, run for every
 * selection and every add. Selection is followed through Cytoscape's events, as a tap selects by itself.
 */
interface Marks {
  selected: Set<SingularElementArgument>;
  picked: SingularElementArgument[];
  highlighted: SingularElementArgument[];
}
const marks = new WeakMap<Core, Marks>();

function marksOf(cy: Core): Marks {
  let m = marks.get(cy);
  if (!m) {
    const selected = new Set<SingularElementArgument>(cy.$(":selected").toArray());
    cy.on("select", (e) => void selected.add(e.target as SingularElementArgument));
    cy.on("unselect", (e) => void selected.delete(e.target as SingularElementArgument));
    m = { selected, picked: [], highlighted: [] };
    marks.set(cy, m);
  }
  return m;
}

/** A path or flow in its colours with the rest faded, or the selection and its neighbours. */
export function applyHighlight(cy: Core, h: Highlight | null): void {
  const m = marksOf(cy);
  cy.batch(() => {
    for (const e of m.highlighted) e.removeClass(HIGHLIGHT_CLASSES);
    m.highlighted = [];
    if (!h) return;
    const onClass = h.kind === "flow" ? "on-chain" : h.kind === "selection" ? "" : "in-path";
    const marked: SingularElementArgument[] = [];
    cy.elements().forEach((e) => {
      if (e.hasClass("tick")) return;
      const id = e.id();
      const node = e.isNode();
      const on = node ? h.nodes.has(id) : h.edges.has(id);
      const cls = on ? (node ? (h.kind === "selection" ? "" : "in-path") : onClass) : "faded";
      const cur = node ? h.current?.nodes.has(id) : h.current?.edges.has(id);
      if (cls) e.addClass(cls);
      if (cur) e.addClass("current-hop");
      if (cls || cur) marked.push(e);
    });
    m.highlighted = marked;
  });
}

/** The selection, and its relationships showing their type as on hover. */
export function applySelection(cy: Core, id: string | null): void {
  const m = marksOf(cy);
  cy.batch(() => {
    for (const e of [...m.selected]) if (e.id() !== id) e.unselect();
    for (const e of m.picked) e.removeClass("picked");
    m.picked = [];
    if (id) {
      const n = cy.getElementById(id);
      n.select();
      m.picked = n.connectedEdges().addClass("picked").toArray();
    }
  });
}
