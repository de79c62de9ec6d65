/**
 * The headings of the structured layouts (years, Norway / between / Uganda, node types) as label-only
 * Cytoscape nodes with the class `tick`: drawn with the graph, so they pan and zoom with it.
 */
import type { Core, NodeCollection } from "cytoscape";
import { NODE_STYLES } from "./node-styles";
import { axisLabels, type Positions } from "./layouts";
import type { NodeSpan, Side } from "./node-facts";
import type { GraphNode } from "@pg/api/contract";

export type AxisLayout = "timeline" | "north-south" | "by-type";

const SIDE_HEADINGS = { north: "Norway", shared: "Shared or between", south: "Uganda" } as const;

export interface AxisFacts {
  spans: Map<string, NodeSpan>;
  sides: Map<string, Side>;
  byId: Map<string, GraphNode>;
}

/** The heading a node sits under in this layout. */
export function axisKey(layout: AxisLayout, facts: AxisFacts): (id: string) => string | undefined {
  if (layout === "timeline") return (id) => String(facts.spans.get(id)?.start ?? "Undated");
  if (layout === "north-south") return (id) => SIDE_HEADINGS[facts.sides.get(id) ?? "shared"];
  return (id) => {
    const t = facts.byId.get(id)?.type;
    return t ? NODE_STYLES[t].label : undefined;
  };
}

/**
 * The headings added to each instance. Not found by a `.tick` selector: that filters every node (~6 ms at
 * 20k nodes) and was asked for several times each time the zoom came to rest.
 */
const added = new WeakMap<Core, NodeCollection>();

/** The headings now on `cy`. */
export function tickNodes(cy: Core): NodeCollection {
  const ticks = added.get(cy);
  return ticks ? ticks.filter((t) => !t.removed()) : cy.collection();
}

/** Takes the headings off `cy`. */
export function removeTicks(cy: Core): void {
  tickNodes(cy).remove();
  added.delete(cy);
}

/** Adds the headings of `layout` to `cy`, with those already there. */
export function addTicks(cy: Core, layout: AxisLayout, pos: Positions, facts: AxisFacts): void {
  const ticks = cy.add(
    axisLabels(layout, pos, axisKey(layout, facts)).map((a) => ({
      group: "nodes" as const,
      data: { id: a.id, label: a.label, type: "tick", size: 1 },
      position: { x: a.x, y: a.y },
      classes: "tick",
      selectable: false,
      grabbable: false,
    })),
  );
  added.set(cy, tickNodes(cy).union(ticks));
  ticks.style({
    width: 1,
    height: 1,
    "background-opacity": 0,
    "border-width": 0,
    "font-weight": "bold",
    color: "#44505c",
    "text-valign": "top",
    "text-halign": layout === "by-type" ? "right" : "center",
    "text-background-opacity": 0,
    "min-zoomed-font-size": 0,
    events: "no",
  });
}

/** Headings keep a readable size on screen as the zoom changes. */
export function scaleTicks(cy: Core, layout: string): void {
  const zoom = cy.zoom();
  const ticks = tickNodes(cy);
  if (ticks.nonempty()) ticks.style("font-size", Math.max(16, Math.min(layout === "by-type" ? 40 : 90, 15 / zoom)));
}
