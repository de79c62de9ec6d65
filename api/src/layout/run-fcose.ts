/**
 * One fcose run over the layout input, headless. Replaces Math.random with a seeded one, so call it
 * only where that global is its own: a worker thread in the API, a web worker in the browser.
 */
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { seededRandom } from "@pg/seed/seeded-random";
import type { ForceLayoutInput } from "../contract/layout";

cytoscape.use(fcose);

export type PositionRow = [string, number, number];

export function runFcose(input: ForceLayoutInput): Promise<PositionRow[]> {
  Math.random = seededRandom(input.seed);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: "node", style: { width: "data(size)", height: "data(size)" } }],
    elements: [
      ...input.nodes.map((data) => ({ group: "nodes" as const, data })),
      ...input.edges.map((data) => ({ group: "edges" as const, data })),
    ],
  });
  return new Promise((resolve) => {
    const layout = cy.layout({ ...input.options, name: "fcose", animate: false } as cytoscape.LayoutOptions);
    layout.one("layoutstop", () => {
      const rows = cy.nodes().map((n): PositionRow => [n.id(), n.position("x"), n.position("y")]);
      cy.destroy();
      resolve(rows);
    });
    layout.run();
  });
}
