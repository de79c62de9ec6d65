/**
 * Cytoscape marks a node's connected edges' style caches stale on each change of any of the node's
 * style properties, walking its edges and copying them into a new collection each time. A hub of the
 * 20k-node bench graph has up to 2654 edges; becoming a hub changes ~20 of its properties (its label
 * shows, with a border) and placing its label 8 more: with nine hubs, ~25 ms of a load task and ~35 ms
 * of the first frame (bench/web/PROFILE.md).
 *
 * What an edge caches from its nodes is whether they take up space (Cytoscape's `takesUpSpace`: their
 * display, width and height), which makes the edge visible and interactive. A node's other properties
 * play no part in it (the explorer never sizes a node to its label), so their changes mark the node's own
 * cache alone, as do those of display, width and height to the same value: a node's whole style is
 * applied again on each change of its classes, and Cytoscape walked the edges for its width and height
 * each time. Real changes of display, width or height still go through Cytoscape's own check.
 *
 * An edge has no connected edges, though Cytoscape still made an empty collection for each of its
 * properties as its style was first resolved: ~0.1 s of a 20k-node load. Its own cache is marked alone.
 */
import type { Core } from "cytoscape";
import { dirtyOwnStyleCache, restoreOwn, styleTriggers } from "./cytoscape-internals";

/** The node properties whose changes an edge's cached state can follow. */
const READ_BY_EDGES = new Set(["display", "width", "height"]);

export interface NodeRestyle {
  dispose(): void;
}

export function restyleNodesAlone(cy: Core): NodeRestyle {
  const triggers = styleTriggers(cy);
  const check = triggers.checkTriggers.bind(triggers);
  triggers.checkTriggers = (ele, name, from, to) => {
    if (ele.isNode() && READ_BY_EDGES.has(name) && from !== to) return check(ele, name, from, to);
    dirtyOwnStyleCache(ele);
    // The rest of Cytoscape's checkTriggers, called on the style object as it does: a stand-in there
    // (z-order.ts) runs too.
    triggers.checkZOrderTrigger(ele, name, from, to);
    triggers.checkBoundsTrigger(ele, name, from, to);
    triggers.checkConnectedEdgesBoundsTrigger(ele, name, from, to);
    triggers.checkParallelEdgesBoundsTrigger(ele, name, from, to);
  };
  return { dispose: () => restoreOwn(triggers, "checkTriggers") };
}
