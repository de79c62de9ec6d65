import cytoscape, { type Core } from "cytoscape";
import { describe, expect, it } from "vitest";
import { LABELLED_Z, MAJOR_Z, majorFontSize, markMajors, placeMajorLabels } from "./label-placement";
import { graphStylesheet } from "./styles";

// Headless Cytoscape with the explorer's stylesheet: three hubs, two of them close enough that their
// labels would overlap, and a small node.
function graph(): Core {
  const nodes = [
    { id: "gran", label: "Gran municipality", x: 0, y: 0 },
    { id: "mukono", label: "Mukono municipality", x: 10, y: 5 },
    { id: "lugazi", label: "Lugazi town council", x: 600, y: 0 },
    { id: "pupil", label: "A pupil", x: 300, y: 300 },
  ];
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: graphStylesheet() as unknown as cytoscape.StylesheetJson,
    // Without it Cytoscape's default grid layout would put every node at the origin (no container here).
    layout: { name: "preset" },
    elements: [
      ...nodes.map((n) => ({
        group: "nodes" as const,
        data: { id: n.id, label: n.label, size: 40, type: "Organisation" },
        position: { x: n.x, y: n.y },
      })),
      { group: "edges" as const, data: { id: "e1", source: "gran", target: "mukono" } },
      { group: "edges" as const, data: { id: "e2", source: "gran", target: "lugazi" } },
      { group: "edges" as const, data: { id: "e3", source: "gran", target: "pupil" } },
    ],
  });
  cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
  return cy;
}
const z = (cy: Core, id: string) => Number(cy.getElementById(id).style("z-index"));
const font = (cy: Core, id: string) => parseFloat(cy.getElementById(id).style("font-size"));

describe("placeMajorLabels", () => {
  it("gives the best connected hub its big label, the clashing one a small label, and draws placed labels on top", () => {
    const cy = graph();
    markMajors(cy, new Set(["gran", "mukono", "lugazi"]));
    placeMajorLabels(cy, new Set());
    // gran has the most connections, so it is placed first; mukono's label would overlap it.
    expect(font(cy, "gran")).toBe(majorFontSize(1));
    expect(font(cy, "lugazi")).toBe(majorFontSize(1));
    expect(font(cy, "mukono")).toBe(12);
    // A node is drawn with its label: a placed label's node above the other hubs, so none of them covers it.
    expect(z(cy, "gran")).toBe(LABELLED_Z);
    expect(z(cy, "lugazi")).toBe(LABELLED_Z);
    expect(z(cy, "mukono")).toBe(MAJOR_Z);
    expect(LABELLED_Z).toBeGreaterThan(MAJOR_Z);
    expect(z(cy, "pupil")).toBeLessThan(MAJOR_Z);
  });

  it("places the selection first, and a node that stops being a hub loses its label size and layer", () => {
    const cy = graph();
    markMajors(cy, new Set(["gran", "mukono"]));
    placeMajorLabels(cy, new Set(["mukono"]));
    expect(font(cy, "mukono")).toBe(majorFontSize(1));
    expect(font(cy, "gran")).toBe(12);
    markMajors(cy, new Set(["gran"]));
    expect(cy.getElementById("mukono").hasClass("major")).toBe(false);
    expect(z(cy, "mukono")).toBeLessThan(MAJOR_Z);
    expect(font(cy, "mukono")).toBe(12);
  });
});
