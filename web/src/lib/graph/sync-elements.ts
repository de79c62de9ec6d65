/**
 * The explorer's state applied to Cytoscape's elements: which exist, which are visible, which are
 * highlighted. Each touches only what changes: every class flip restyles its element, and restyling
 * all of them was what made filters slow at 5k nodes.
 */
import type { Core, ElementDefinition } from "cytoscape";
import type { Positions } from "./layouts";
import type { ElementDef } from "./to-cytoscape";
import type { Highlight } from "../state/explorer.svelte";

/**
 * Adds what is new, drops what is gone (the axis headings excepted), updates node sizes. New nodes with
 * a place in `at` are added there: one cy.add with positions is far cheaper than moving them after.
 */
export function syncElements(cy: Core, els: readonly ElementDef[], at?: Positions): void {
  const ids = new Set<string>();
  cy.batch(() => {
    const toAdd: ElementDefinition[] = [];
    for (const el of els) {
      ids.add(el.data.id);
      const existing = cy.getElementById(el.data.id);
      const p = el.group === "nodes" ? at?.get(el.data.id) : undefined;
      if (existing.empty()) toAdd.push((p ? { ...el, position: { x: p.x, y: p.y } } : el) as ElementDefinition);
      else if (el.group === "nodes" && existing.data("size") !== el.data.size) existing.data("size", el.data.size);
    }
    const gone = cy.elements().filter((e) => !ids.has(e.id()) && !e.hasClass("tick"));
    if (gone.nonempty()) gone.remove();
    if (toAdd.length) cy.add(toAdd);
  });
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
