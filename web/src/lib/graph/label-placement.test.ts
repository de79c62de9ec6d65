import cytoscape, { type Core } from "cytoscape";
import { describe, expect, it } from "vitest";
import {
  LABELLED_Z,
  MAJOR_Z,
  SIDES,
  labelBox,
  majorFontSize,
  markMajors,
  overlaps,
  placeMajorLabels,
  type Box,
} from "./label-placement";
import { graphStylesheet } from "./styles";

// Headless Cytoscape with the explorer's stylesheet: three hubs, two of them close enough that their
// labels would overlap, and a small node.
const HUBS = [
  { id: "gran", label: "Gran municipality", x: 0, y: 0 },
  { id: "mukono", label: "Mukono municipality", x: 30, y: 0 },
  { id: "lugazi", label: "Lugazi town council", x: 600, y: 0 },
  { id: "pupil", label: "A pupil", x: 300, y: 300 },
];
function graph(nodes: { id: string; label: string; x: number; y: number }[] = HUBS): Core {
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
      ...(nodes === HUBS
        ? [
            { group: "edges" as const, data: { id: "e1", source: "gran", target: "mukono" } },
            { group: "edges" as const, data: { id: "e2", source: "gran", target: "lugazi" } },
            { group: "edges" as const, data: { id: "e3", source: "gran", target: "pupil" } },
          ]
        : []),
    ],
  });
  cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
  return cy;
}
const z = (cy: Core, id: string) => Number(cy.getElementById(id).style("z-index"));
const font = (cy: Core, id: string) => parseFloat(cy.getElementById(id).style("font-size"));
/** Where a node's label is: under, above, right or left of it. */
const side = (cy: Core, id: string) => {
  const n = cy.getElementById(id);
  const v = n.style("text-valign");
  return v === "center" ? n.style("text-halign") : v;
};

describe("placeMajorLabels", () => {
  it("gives the best connected hub its big label under it, and the next one another side where that clashes", () => {
    const cy = graph();
    markMajors(cy, new Set(["gran", "mukono", "lugazi"]));
    placeMajorLabels(cy, new Set());
    // gran has the most connections, so it is placed first, under its node. Under mukono would overlap gran's
    // label: its label goes above it.
    expect(font(cy, "gran")).toBe(majorFontSize(1));
    expect(side(cy, "gran")).toBe("bottom");
    expect(font(cy, "mukono")).toBe(majorFontSize(1));
    expect(side(cy, "mukono")).toBe("top");
    expect(font(cy, "lugazi")).toBe(majorFontSize(1));
    expect(side(cy, "lugazi")).toBe("bottom");
    // A node is drawn with its label: a placed label's node above the other hubs, so none of them covers it.
    expect(z(cy, "gran")).toBe(LABELLED_Z);
    expect(z(cy, "mukono")).toBe(LABELLED_Z);
    expect(LABELLED_Z).toBeGreaterThan(MAJOR_Z);
    expect(z(cy, "pupil")).toBeLessThan(MAJOR_Z);
  });

  it("puts the label of a hub at the canvas's edge on a side where it stays on the canvas", () => {
    // lugazi at x 600 on a canvas 620 wide: under, above or right of it the label would run past the edge.
    const cy = graph([{ id: "lugazi", label: "Lugazi town council", x: 600, y: 200 }]);
    markMajors(cy, new Set(["lugazi"]));
    placeMajorLabels(cy, new Set(), { w: 620, h: 400 });
    expect(side(cy, "lugazi")).toBe("left");
    // Off the canvas whichever side: under it, as anywhere else.
    placeMajorLabels(cy, new Set(), { w: 100, h: 100 });
    expect(side(cy, "lugazi")).toBe("bottom");
  });

  it("keeps a small label for a hub boxed in on all four sides", () => {
    const ring = [
      { id: "below", label: "Below", x: 300, y: 345 },
      { id: "above", label: "Above", x: 300, y: 255 },
      { id: "right", label: "Right", x: 345, y: 300 },
      { id: "left", label: "Left", x: 255, y: 300 },
    ];
    const cy = graph([{ id: "middle", label: "In the middle", x: 300, y: 300 }, ...ring]);
    markMajors(cy, new Set(["middle", ...ring.map((n) => n.id)]));
    placeMajorLabels(cy, new Set(ring.map((n) => n.id)));
    expect(font(cy, "middle")).toBe(12);
    expect(z(cy, "middle")).toBe(MAJOR_Z);
    expect(side(cy, "middle")).toBe("bottom");
  });

  it("places the selection first, and a node that stops being a hub loses its label's size, place and layer", () => {
    const cy = graph();
    markMajors(cy, new Set(["gran", "mukono"]));
    placeMajorLabels(cy, new Set(["mukono"]));
    expect(font(cy, "mukono")).toBe(majorFontSize(1));
    expect(side(cy, "mukono")).toBe("bottom");
    // Under gran would overlap mukono's label: above it is free.
    expect(side(cy, "gran")).toBe("top");
    markMajors(cy, new Set(["mukono"]));
    expect(cy.getElementById("gran").hasClass("major")).toBe(false);
    expect(z(cy, "gran")).toBeLessThan(MAJOR_Z);
    expect(font(cy, "gran")).toBe(12);
    expect(side(cy, "gran")).toBe("bottom");
  });
});

describe("labelBox", () => {
  it("puts the label's box under, above, right or left of the node, clear of it", () => {
    const p = { x: 100, y: 100 };
    const node: Box = [90, 90, 110, 110];
    for (const s of SIDES) expect(overlaps(labelBox(p, 10, 12, 12, 200, s), node)).toBe(false);
    expect(labelBox(p, 10, 12, 12, 200, "bottom")[1]).toBe(110);
    expect(labelBox(p, 10, 12, 12, 200, "top")[3]).toBe(90);
    expect(labelBox(p, 10, 12, 12, 200, "right")[0]).toBeGreaterThan(110);
    expect(labelBox(p, 10, 12, 12, 200, "left")[2]).toBeLessThan(90);
  });
});
