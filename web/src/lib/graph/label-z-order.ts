/**
 * Cytoscape keeps its elements in drawing order (z order), with the list of those a click can hit, and
 * sorts all of them again after a style change that might alter either. It counts a label going from
 * empty to not empty among those changes: in a big graph's lean stylesheet that is every hover and every
 * click, whose labels appear. Each sorted the 60k elements of a 20k-node graph again: 55–90 ms of a
 * hover's 0.3 s (bench/web/PROFILE.md).
 *
 * The canvas renderer's sort reads an element's compound depth, z-index-compare and z-index, and its
 * list of interactive elements reads events, visibility and display: no label. A label's change no
 * longer asks for a sort; the others still do. (Cytoscape's WebGL renderer is left alone.)
 */
import type { Core } from "cytoscape";
import { restoreOwn, styleTriggers } from "./cytoscape-internals";

export interface LabelZOrder {
  dispose(): void;
}

export function labelsKeepZOrder(cy: Core): LabelZOrder {
  const triggers = styleTriggers(cy);
  const check = triggers.checkZOrderTrigger.bind(triggers);
  triggers.checkZOrderTrigger = (ele, name, from, to) => {
    if (name !== "label") check(ele, name, from, to);
  };
  return {
    dispose() {
      restoreOwn(triggers, "checkZOrderTrigger");
    },
  };
}
