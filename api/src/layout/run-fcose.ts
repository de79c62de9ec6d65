/**
 * One fcose run over the layout input, headless. Replaces Math.random with a seeded one, so call it
 * only where that global is its own: a worker thread in the API, a web worker in the browser. A dense
 * picture is spread (see spread.ts), so the API's layout and the browser's own fallback look the same.
 */
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { seededRandom } from "@pg/seed/seeded-random";
import type { ForceLayoutInput } from "../contract/layout";
import { spreadAtLeast } from "./spread";

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
      resolve(spreadAtLeast(rows));
    });
    layout.run();
  });
}
