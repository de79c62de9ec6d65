/** What the URL holds: everything needed to reproduce a view of the graph. */
import { NODE_TYPES, type NodeType } from "@pg/seed/schema";
import type { Side } from "./node-facts";

export const MODES = ["explore", "paths", "flows", "timeline"] as const;
export type Mode = (typeof MODES)[number];

export const LAYOUTS = ["fcose", "north-south", "by-type", "timeline"] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const METRICS = ["degree", "betweenness", "pagerank", "closeness"] as const;
export type MetricName = (typeof METRICS)[number];

export const SIDE_VALUES = ["north", "south", "shared"] as const satisfies readonly Side[];

export const PANELS = ["graph", "list"] as const;
export type Panel = (typeof PANELS)[number];

/**
 * Off until asked for: sections are evidence, not actors; cited documents and theory concepts are for
 * researchers and would crowd the first picture a coordinator sees.
 */
export const DEFAULT_HIDDEN_TYPES: readonly NodeType[] = ["Concept", "Document", "Section"];

export interface Viewport {
  zoom: number;
  x: number;
  y: number;
}

export interface ViewState {
  mode: Mode;
  layout: LayoutName;
  panel: Panel;
  selected: string | null;
  hiddenTypes: NodeType[];
  sides: Side[];
  yearFrom: number | null;
  yearTo: number | null;
  /** Timeline mode's current year. */
  year: number | null;
  sizeBy: MetricName | null;
  /** Hide nodes whose `sizeBy` metric (normalised 0–1) is below this. */
  minMetric: number;
  focusDepth: number | null;
  hiddenIds: string[];
  /** Nodes whose neighbours are shown whatever the other filters say ("Expand"). */
  expanded: string[];
  pathFrom: string | null;
  pathTo: string | null;
  flowStart: string | null;
  flowStep: number;
  viewport: Viewport | null;
}

export function defaultView(): ViewState {
  return {
    mode: "explore",
    layout: "fcose",
    panel: "graph",
    selected: null,
    hiddenTypes: [...DEFAULT_HIDDEN_TYPES],
    sides: [...SIDE_VALUES],
    yearFrom: null,
    yearTo: null,
    year: null,
    sizeBy: "degree",
    minMetric: 0,
    focusDepth: null,
    hiddenIds: [],
    expanded: [],
    pathFrom: null,
    pathTo: null,
    flowStart: null,
    flowStep: 0,
    viewport: null,
  };
}

export const ALL_NODE_TYPES: readonly NodeType[] = NODE_TYPES;
