/**
 * Cytoscape, as a chunk of its own. It is half of the explorer's script: run with the rest it made the
 * page's first task 110–200 ms on this kind of machine, the load's longest at 5k nodes once the rest was
 * cut (bench/web/PROFILE.md); apart, each part is a task of its own. The page asks for it as it starts
 * (main.ts), so it has come by the time the graph has.
 */
import type cytoscapeFunction from "cytoscape";

export type Cytoscape = typeof cytoscapeFunction;

let loading: Promise<Cytoscape> | null = null;

export function loadCytoscape(): Promise<Cytoscape> {
  return (loading ??= import("cytoscape").then((m) => m.default));
}
