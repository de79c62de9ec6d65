/** The Cytoscape stylesheet, built from NODE_STYLES so legend and graph cannot disagree. Pure data. */
import { FLOW_STATUSES, NODE_TYPES } from "@pg/seed/schema";
import { MAJOR_Z } from "./label-placement";
import { FLOW_STATUS_STYLES, NODE_STYLES } from "./node-styles";

export interface StyleRule {
  selector: string;
  style: Record<string, string | number>;
}

export const INK = "#1d232b";
export const MUTED_EDGE = "#bcc4cc";
export const ACCENT = "#d4691e";
export const HIGHLIGHT = "#0a58ca";
/** A selected node's relationships. */
export const PICKED_EDGE = "#6b7580";
/** What a highlight leaves out. */
export const FADED_OPACITY = 0.18;
/** Edge widths in model units, by what the edge is; the overview sketch (sketch-scene.ts) draws the same. */
export const EDGE_WIDTH = { base: 1.2, picked: 2, near: 2.4, flow: 3, onChain: 4, inPath: 4, currentHop: 6 } as const;

/** Beyond this many elements the stylesheet trades detail for speed (see `big` below). */
export const BIG_GRAPH_ELEMENTS = 2000;

/**
 * `big`: straight "haystack" edges without arrows (bezier control points and arrows dominated the frame
 * time at 5k nodes) and labels only on the nodes that matter (hubs, selection, hover, highlights).
 */
export function graphStylesheet(opts: { projector?: boolean; big?: boolean } = {}): StyleRule[] {
  const font = opts.projector ? 16 : 12;
  const rules: StyleRule[] = [
    {
      selector: "node",
      style: {
        width: "data(size)",
        height: "data(size)",
        label: "data(label)",
        "font-family": "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif",
        "font-size": font,
        color: INK,
        "text-valign": "bottom",
        "text-margin-y": 4,
        "text-wrap": "wrap",
        "text-max-width": "140px",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.8,
        "text-background-padding": "2px",
        "text-background-shape": "roundrectangle",
        "border-width": 2,
        "border-color": "#ffffff",
        "min-zoomed-font-size": 7,
      },
    },
    ...NODE_TYPES.map((t) => ({
      selector: `node[type = "${t}"]`,
      style: { "background-color": NODE_STYLES[t].color, shape: NODE_STYLES[t].shape },
    })),
    {
      selector: "edge",
      style: {
        width: EDGE_WIDTH.base,
        "line-color": MUTED_EDGE,
        "curve-style": "bezier",
        "target-arrow-shape": "triangle",
        "target-arrow-color": MUTED_EDGE,
        "arrow-scale": 0.6,
        "font-size": font - 2,
        color: INK,
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.9,
        "text-background-padding": "2px",
      },
    },
    // Only labelled edges turn their label along the line: computing the angle for every edge took 0.4 s at 5k.
    {
      selector: "edge.hover, edge:selected, edge.in-path, edge.near, edge.picked",
      style: { label: "data(label)", "text-rotation": "autorotate" },
    },
    {
      selector: "edge.picked",
      style: { width: EDGE_WIDTH.picked, "line-color": PICKED_EDGE, "target-arrow-color": PICKED_EDGE },
    },
    {
      selector: "edge.near",
      style: { width: EDGE_WIDTH.near, "line-color": "#5b6570", "target-arrow-color": "#5b6570" },
    },
    ...FLOW_STATUSES.map((s) => ({
      selector: `edge.flow[status = "${s}"]`,
      style: {
        "line-color": FLOW_STATUS_STYLES[s].color,
        "target-arrow-color": FLOW_STATUS_STYLES[s].color,
        "line-style": FLOW_STATUS_STYLES[s].lineStyle,
        ...(FLOW_STATUS_STYLES[s].dashPattern && { "line-dash-pattern": FLOW_STATUS_STYLES[s].dashPattern.join(" ") }),
        width: EDGE_WIDTH.flow,
      },
    })),
    {
      selector: "node:selected",
      style: {
        "border-width": 4,
        "border-color": ACCENT,
        "font-weight": "bold",
        "font-size": font + 3,
        "min-zoomed-font-size": 0,
        "z-index": 30,
      },
    },
    // The biggest actors keep a readable label at any zoom; GraphCanvas scales their font with the zoom.
    { selector: "node.major", style: { "font-weight": "bold", "min-zoomed-font-size": 0, "z-index": MAJOR_Z } },
    { selector: "node.hover", style: { "border-width": 3, "border-color": HIGHLIGHT } },
    ...(opts.big
      ? [
          { selector: "node", style: { label: "" } },
          { selector: "node.major, node:selected, node.hover, node.in-path", style: { label: "data(label)" } },
          {
            selector: "edge",
            style: { "curve-style": "haystack", "haystack-radius": 0, "target-arrow-shape": "none" },
          },
          {
            selector: "edge.flow, edge.in-path, edge.picked",
            style: { "curve-style": "straight", "target-arrow-shape": "triangle" },
          },
        ]
      : []),
    { selector: ".hidden", style: { display: "none" } },
    { selector: ".faded", style: { opacity: FADED_OPACITY, "text-opacity": 0 } },
    { selector: "edge.on-chain", style: { width: EDGE_WIDTH.onChain, opacity: 1, "z-index": 9 } },
    {
      selector: "node.in-path",
      style: { "border-width": 4, "border-color": HIGHLIGHT, "font-weight": "bold", "z-index": 9 },
    },
    {
      selector: "edge.in-path",
      style: {
        width: EDGE_WIDTH.inPath,
        "line-color": HIGHLIGHT,
        "target-arrow-color": HIGHLIGHT,
        "z-index": 9,
        opacity: 1,
      },
    },
    {
      selector: "edge.current-hop",
      style: {
        width: EDGE_WIDTH.currentHop,
        "z-index": 10,
        opacity: 1,
        label: "data(label)",
        "text-rotation": "autorotate",
        "font-weight": "bold",
      },
    },
    { selector: "node.current-hop", style: { "border-width": 5, "border-color": HIGHLIGHT } },
  ];
  return rules;
}
