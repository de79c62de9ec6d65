/**
 * The presentation's stylesheet: the explorer's own (colour + shape per type, flow statuses) in its
 * projector variant, plus what a talk needs: larger, bolder labels and thicker lines that survive a
 * washed-out meeting-room projector, emphasis for the step's nodes, and fades between steps.
 */
import type { StylesheetJson } from "cytoscape";
import type { Graph } from "@pg/api/contract";
import { FLOW_STATUSES } from "@pg/seed/schema";
import { FLOW_STATUS_STYLES } from "../lib/graph/node-styles";
import { graphStylesheet } from "../lib/graph/styles";

export function presentStylesheet(): StylesheetJson {
  const fade = { "transition-property": "opacity", "transition-duration": 450 };
  return [
    ...graphStylesheet({ projector: true }),
    {
      selector: "node",
      style: {
        "font-size": 20,
        "font-weight": 600,
        color: "#000000",
        "text-max-width": "220px",
        "min-zoomed-font-size": 9,
        ...fade,
      },
    },
    { selector: "edge", style: { width: 2.4, opacity: 0.9, ...fade } },
    { selector: "edge.flow", style: { width: 4.5 } },
    { selector: "node.dim", style: { opacity: 0.25 } },
    { selector: "edge.dim", style: { opacity: 0.1 } },
    { selector: "node.dim", style: { "text-opacity": 0 } },
    { selector: ".gone", style: { opacity: 0, events: "no" } },
    {
      selector: "node.hl",
      style: { "border-width": 5, "border-color": "#000000", "font-size": 24, "font-weight": 700, "z-index": 10 },
    },
    {
      selector: "edge.hl",
      style: {
        width: 5,
        "line-color": "#0a58ca",
        "target-arrow-color": "#0a58ca",
        "z-index": 10,
        opacity: 1,
      },
    },
    // Knowledge flows keep their status colour and line when emphasised: the status is the point.
    ...FLOW_STATUSES.map((status) => ({
      selector: `edge.hl.flow[status = "${status}"]`,
      style: {
        "line-color": FLOW_STATUS_STYLES[status].color,
        "target-arrow-color": FLOW_STATUS_STYLES[status].color,
        "line-style": FLOW_STATUS_STYLES[status].lineStyle,
        ...(FLOW_STATUS_STYLES[status].dashPattern && {
          "line-dash-pattern": FLOW_STATUS_STYLES[status].dashPattern.join(" "),
        }),
        width: 6,
      },
    })),
    // A path's hops are the story of the step: name them.
    { selector: "edge.hl.path", style: { label: "data(label)", "font-size": 16, "font-weight": 600 } },
  ];
}

/** Keeps only relationships whose both ends are present: Cytoscape refuses dangling edges. */
export function withoutDangling(graph: Graph): Graph {
  const ids = new Set(graph.nodes.map((n) => n.id));
  return { nodes: graph.nodes, relationships: graph.relationships.filter((r) => ids.has(r.from) && ids.has(r.to)) };
}
