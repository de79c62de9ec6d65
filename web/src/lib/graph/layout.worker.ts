/**
 * fcose off the main thread: the page stays responsive while the force layout runs (1–2 s for the
 * report's graph on a 2-core machine without GPU). Math.random is seeded here, in the worker's own
 * global, so the spectral start and therefore the picture are the same on every load.
 */
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { seededRandom } from "@pg/seed/seeded-random";

cytoscape.use(fcose);

export interface LayoutRequest {
  id: number;
  nodes: { id: string; size: number }[];
  edges: { id: string; source: string; target: string }[];
  options: Record<string, unknown>;
  seed: number;
}
export interface LayoutResponse {
  id: number;
  positions: [string, number, number][];
  ms: number;
}

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const { id, nodes, edges, options, seed } = e.data;
  const started = performance.now();
  Math.random = seededRandom(seed);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: "node", style: { width: "data(size)", height: "data(size)" } }],
    elements: [
      ...nodes.map((n) => ({ group: "nodes" as const, data: n })),
      ...edges.map((x) => ({ group: "edges" as const, data: x })),
    ],
  });
  const layout = cy.layout({ ...options, name: "fcose", animate: false } as cytoscape.LayoutOptions);
  layout.one("layoutstop", () => {
    const positions: [string, number, number][] = cy.nodes().map((n) => [n.id(), n.position("x"), n.position("y")]);
    cy.destroy();
    (self as unknown as Worker).postMessage({
      id,
      positions,
      ms: performance.now() - started,
    } satisfies LayoutResponse);
  });
  layout.run();
};
