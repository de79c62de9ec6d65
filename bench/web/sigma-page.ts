/// <reference lib="dom" />
// sigma.js 3 (WebGL, the renderer of Gephi Lite) on the same precomputed positions.
import Graph from "graphology";
import Sigma from "sigma";
import { fetchGraph, probe } from "./bench-graph";

const data = await fetchGraph();
const graph = new Graph({ multi: true });
for (const n of data.nodes) graph.addNode(n.id, { x: n.x, y: -n.y, size: 3, label: n.label, color: "#5b7083" });
for (const e of data.edges)
  if (graph.hasNode(e.source) && graph.hasNode(e.target))
    graph.addEdgeWithKey(e.id, e.source, e.target, { color: "#c0c8d0" });
const container = document.getElementById("graph");
if (!container) throw new Error("no #graph");
const renderer = new Sigma(graph, container);
// The constructor draws the first frame synchronously, before any listener can be attached.
probe().frames.push(performance.now());
renderer.on("afterRender", () => probe().frames.push(performance.now()));
Object.assign(window, { __sigma: renderer });
