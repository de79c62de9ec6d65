/// <reference lib="dom" />
// Plain Cytoscape with its defaults (style, canvas renderer, options), on precomputed positions.
import cytoscape from "cytoscape";
import { fetchGraph, probe } from "./bench-graph";

const graph = await fetchGraph();
const cy = cytoscape({
  container: document.getElementById("graph"),
  elements: [
    ...graph.nodes.map((n) => ({
      group: "nodes" as const,
      data: { id: n.id, label: n.label },
      position: { x: n.x, y: n.y },
    })),
    ...graph.edges.map((e) => ({ group: "edges" as const, data: { id: e.id, source: e.source, target: e.target } })),
  ],
  layout: { name: "preset" },
});
cy.on("render", () => probe().frames.push(performance.now()));
Object.assign(window, { __cy: cy });
