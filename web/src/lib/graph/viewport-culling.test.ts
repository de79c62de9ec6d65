import cytoscape, { type Core } from "cytoscape";
import { describe, expect, it } from "vitest";
import { DRAW_REACH, mayReach } from "./viewport-culling";

// Headless: the test reads positions, sizes and classes, as the culling does.
function graph(): Core {
  return cytoscape({
    headless: true,
    layout: { name: "preset" },
    elements: [
      { group: "nodes", data: { id: "in", size: 40 }, position: { x: 50, y: 50 } },
      { group: "nodes", data: { id: "left", size: 40 }, position: { x: -1000, y: 50 } },
      { group: "nodes", data: { id: "right", size: 40 }, position: { x: 1000, y: 50 } },
      { group: "nodes", data: { id: "far", size: 40 }, position: { x: 5000, y: 5000 } },
      { group: "nodes", data: { id: "hub", size: 40 }, position: { x: 9000, y: 9000 }, classes: "major" },
      { group: "nodes", data: { id: "y2006", size: 1 }, position: { x: -9000, y: 0 }, classes: "tick" },
      { group: "edges", data: { id: "across", source: "left", target: "right" } },
      { group: "edges", data: { id: "away", source: "right", target: "far" } },
    ],
  });
}
const view = { x1: 0, y1: 0, x2: 100, y2: 100 };
const reaches = (cy: Core, id: string, reach: number) => mayReach(cy.getElementById(id), view, reach);

describe("mayReach", () => {
  it("keeps a node in the box, and one outside it by less than its radius and the reach", () => {
    const cy = graph();
    expect(reaches(cy, "in", 0)).toBe(true);
    // 1000 - 100 = 900 from the box: within 20 + 900, not within 20 + 800.
    expect(reaches(cy, "right", 880)).toBe(true);
    expect(reaches(cy, "right", 870)).toBe(false);
    expect(reaches(cy, "far", DRAW_REACH)).toBe(false);
  });

  it("keeps an edge that crosses the box with both ends outside it, and drops one that passes far off", () => {
    const cy = graph();
    expect(reaches(cy, "across", 0)).toBe(true);
    expect(reaches(cy, "away", DRAW_REACH)).toBe(false);
  });

  it("always keeps hubs and axis headings, whose labels can reach anywhere", () => {
    const cy = graph();
    expect(reaches(cy, "hub", 0)).toBe(true);
    expect(reaches(cy, "y2006", 0)).toBe(true);
  });
});
