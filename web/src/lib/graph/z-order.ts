/**
 * Cytoscape keeps its elements in drawing order (z order), with the list of those a click can hit, and
 * sorts all of them again after any style change that might alter either. At 20k nodes a sort of the 60k
 * elements takes 55–90 ms (bench/web/PROFILE.md), and two changes brought one about on every hover and
 * every click:
 *
 * - **A label going from empty to not empty**, as the lean stylesheet's labels appear on a hover or a
 *   selection. The canvas renderer's sort reads an element's compound depth, z-index-compare and z-index,
 *   and its list of interactive elements reads events, visibility and display: no label. Ignored here.
 * - **A z-index change of a few elements**: a selection is drawn over the rest. Those elements are moved
 *   to their place in the sorted lists, by the sort's own order, instead of sorting everything.
 *
 * Any other change (display, visibility, events, opacity to or from zero, compound depth, or many
 * elements at once) still sorts everything, as do adds and removes. Cytoscape's WebGL renderer is left
 * alone.
 */
import type { Core } from "cytoscape";
import {
  canvasRenderer,
  hasCompoundNodes,
  restoreOwn,
  styleTriggers,
  type RenderedElement,
} from "./cytoscape-internals";

/** More elements than this changing z-index before the next frame, and they are sorted with the rest. */
const MOVE_MAX = 64;

export interface ZOrder {
  dispose(): void;
}

/** An element's compound depth as Cytoscape's sort reads it, for a graph without compound nodes. */
function depth(e: RenderedElement): number {
  const v = e.pstyle("z-compound-depth").value;
  return v === "bottom" ? -1 : v === "top" ? Number.MAX_SAFE_INTEGER : 0;
}

/**
 * Cytoscape's z order (its `zIndexSort`) for a graph without compound nodes: by compound depth, edges
 * under nodes (unless z-index-compare is manual), by z-index, and by the order they were added.
 */
export function zCompare(a: RenderedElement, b: RenderedElement): number {
  const under = (e: RenderedElement) => (e.pstyle("z-index-compare").value === "auto" && e.isNode() ? 1 : 0);
  return (
    depth(a) - depth(b) ||
    under(a) - under(b) ||
    Number(a.pstyle("z-index").value) - Number(b.pstyle("z-index").value) ||
    a.poolIndex() - b.poolIndex()
  );
}

/** Where `e` goes in `list`, sorted by zCompare and without `e`. */
function place(list: RenderedElement[], e: RenderedElement): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (zCompare(list[mid]!, e) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Takes `moved` out of `list`, then puts back those `kept` each in its place: the rest stays sorted. */
function mend(
  list: RenderedElement[],
  moved: ReadonlySet<RenderedElement>,
  kept: (e: RenderedElement) => boolean,
): void {
  for (const e of moved) {
    const at = list.indexOf(e);
    if (at >= 0) list.splice(at, 1);
  }
  for (const e of moved) if (kept(e)) list.splice(place(list, e), 0, e);
}

export function keepZOrder(cy: Core): ZOrder {
  const renderer = canvasRenderer(cy);
  const triggers = styleTriggers(cy);
  const check = triggers.checkZOrderTrigger.bind(triggers);
  const sorted = renderer.getCachedZSortedEles.bind(renderer);
  /** Elements whose z-index changed since the lists were last mended. */
  const moved = new Set<RenderedElement>();

  triggers.checkZOrderTrigger = (ele, name, from, to) => {
    if (name === "label") return;
    if (name === "z-index" && moved.size < MOVE_MAX && !hasCompoundNodes(cy)) {
      moved.add(ele as RenderedElement);
      return;
    }
    // Everything is sorted anew: those collected so far need no mending.
    if (name === "z-index") moved.clear();
    check(ele, name, from, to);
  };

  // Mended when next asked for (a frame, a hit test): by then every style change is applied. A list
  // sorted anew has the moved elements in their places already; mending it moves nothing.
  renderer.getCachedZSortedEles = (forceRecalc) => {
    const list = sorted(forceRecalc);
    if (moved.size === 0) return list;
    mend(list, moved, (e) => !e.removed());
    if (list.interactive) mend(list.interactive, moved, (e) => !e.removed() && e.interactive());
    moved.clear();
    // The layers drawn apart (what is being dragged, and the rest) are read from the sorted list.
    renderer.updateCachedGrabbedEles();
    return list;
  };

  return {
    dispose() {
      restoreOwn(triggers, "checkZOrderTrigger");
      restoreOwn(renderer, "getCachedZSortedEles");
    },
  };
}
