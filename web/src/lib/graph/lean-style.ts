/**
 * The stylesheet by graph size. Cytoscape resolves every property of every matching rule for every
 * element before the first picture, and draws borders, label boxes and arrows per element: with the
 * full sheet that was twice plain Cytoscape's time at 5k and 20k nodes. A "lean" graph keeps only what
 * tells the elements apart (size, colour and shape by type, a thin straight line); text, borders and
 * arrows belong to the rules of the few elements that show them (hubs, selection, hover, highlights).
 */
import { BIG_GRAPH_ELEMENTS, graphStylesheet, type StyleRule } from "./styles";

/** From this many nodes: the lean sheet (measured: the full one costs most from a few thousand nodes). */
export const LEAN_GRAPH_NODES = 2000;

export type StyleTier = "full" | "big" | "lean";

export function styleTier(nodes: number, edges: number): StyleTier {
  if (nodes >= LEAN_GRAPH_NODES) return "lean";
  return nodes + edges > BIG_GRAPH_ELEMENTS ? "big" : "full";
}

/** What every element keeps in the lean sheet; the rest of the base rules moves to the labelled ones. */
const LEAN_BASE: Record<string, readonly string[]> = {
  node: ["width", "height"],
  edge: ["width", "line-color"],
};

/** Elements that show a label (or an arrow) in a big graph: they get the base rules' text and arrows. */
const LABELLED: Record<string, string> = {
  node: "node.major, node:selected, node.hover, node.in-path, node.current-hop",
  edge: "edge.hover, edge:selected, edge.in-path, edge.near, edge.picked, edge.flow, edge.current-hop",
};

const pick = (style: StyleRule["style"], keys: readonly string[], keep: boolean) =>
  Object.fromEntries(Object.entries(style).filter(([k]) => keys.includes(k) === keep));

/**
 * The big sheet with its two base rules cut to what every element needs: no label, border, text
 * background or arrow properties to resolve on thousands of elements that never show them.
 */
export function leanStylesheet(opts: { projector?: boolean } = {}): StyleRule[] {
  const rules: StyleRule[] = [];
  const seen = new Set<string>();
  for (const rule of graphStylesheet({ ...opts, big: true })) {
    const keep = LEAN_BASE[rule.selector];
    const labelled = LABELLED[rule.selector];
    if (!keep || !labelled) {
      rules.push(rule);
      continue;
    }
    // The big sheet's later plain "node" and "edge" rules (no label, haystack) are in the lean base already.
    if (seen.has(rule.selector)) continue;
    seen.add(rule.selector);
    const base = pick(rule.style, keep, true);
    if (rule.selector === "node") Object.assign(base, { label: "", "border-width": 0 });
    else Object.assign(base, { "curve-style": "haystack", "haystack-radius": 0, "target-arrow-shape": "none" });
    rules.push({ selector: rule.selector, style: base });
    // Later rules (selected, hover, highlights) still override these, as they did the base. A labelled
    // edge is straight, as the big sheet draws a selection's: a bezier has Cytoscape find the other edges
    // between its two nodes, a walk of a hub's every edge for each of its edges (at 20k nodes, the first
    // hover of a hub spent ~60 ms on it). Parallel edges then overlap, as they do in the selection.
    const style = pick(rule.style, keep, false);
    if (rule.selector === "edge") style["curve-style"] = "straight";
    rules.push({ selector: labelled, style });
  }
  return rules;
}

export function stylesheetFor(tier: StyleTier, opts: { projector?: boolean } = {}): StyleRule[] {
  return tier === "lean" ? leanStylesheet(opts) : graphStylesheet({ ...opts, big: tier === "big" });
}
