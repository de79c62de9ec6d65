import cytoscape, { type Core } from "cytoscape";
import { describe, expect, it } from "vitest";
import { FLOW_STATUS_STYLES, NODE_STYLES } from "./node-styles";
import { sketchScene } from "./sketch-scene";
import { ACCENT, HIGHLIGHT, MUTED_EDGE } from "./styles";

// Headless Cytoscape without styles: the scene reads data and classes only, never computed styles.
function graph(): Core {
  return cytoscape({
    headless: true,
    layout: { name: "preset" },
    elements: [
      { group: "nodes", data: { id: "gran", label: "Gran", type: "Organisation", size: 40 }, position: { x: 0, y: 0 } },
      { group: "nodes", data: { id: "ann", label: "Ann", type: "Person", size: 30 }, position: { x: 100, y: 0 } },
      { group: "nodes", data: { id: "tax", label: "Tax", type: "Knowledge", size: 30 }, position: { x: 0, y: 100 } },
      {
        group: "nodes",
        data: { id: "y2006", label: "2006", type: "tick", size: 1 },
        position: { x: 50, y: -80 },
        classes: "tick",
      },
      { group: "edges", data: { id: "e1", source: "gran", target: "ann" } },
      { group: "edges", data: { id: "e2", source: "gran", target: "tax", status: "stalled" }, classes: "flow" },
    ],
  });
}

describe("sketchScene", () => {
  it("groups nodes by their type's colour and shape, and edges by look, with their model coordinates", () => {
    const s = sketchScene(graph());
    expect(s.nodeCount).toBe(3);
    const org = s.nodes.find((g) => g.color === NODE_STYLES.Organisation.color);
    expect(org).toMatchObject({ shape: NODE_STYLES.Organisation.shape, alpha: 1, coords: [0, 0, 40] });
    expect(s.nodes.find((g) => g.color === NODE_STYLES.Person.color)?.coords).toEqual([100, 0, 30]);
    expect(s.edges).toContainEqual({ color: MUTED_EDGE, width: 1.2, alpha: 1, coords: [0, 0, 100, 0] });
    expect(s.edges).toContainEqual({
      color: FLOW_STATUS_STYLES.stalled.color,
      width: 3,
      alpha: 1,
      coords: [0, 0, 0, 100],
    });
    // The axis heading is a label at its point, not a node.
    expect(s.labels).toEqual([{ text: "2006", x: 50, y: -80, d: 0, side: "top", heading: true }]);
  });

  it("leaves out hidden nodes, hidden edges and the edges of hidden nodes", () => {
    const cy = graph();
    cy.getElementById("ann").addClass("hidden");
    cy.getElementById("e2").addClass("hidden");
    const s = sketchScene(cy);
    expect(s.nodeCount).toBe(2);
    expect(s.edges).toEqual([]);
  });

  it("draws faded elements first and fainter, a path's edges last, and rings and labels the selection and a hover", () => {
    const cy = graph();
    cy.getElementById("ann").addClass("faded");
    cy.getElementById("e1").addClass("faded");
    cy.getElementById("e2").removeClass("flow").addClass("in-path");
    cy.getElementById("gran").select();
    cy.getElementById("tax").addClass("hover");
    const s = sketchScene(cy);
    expect(s.nodes[0]).toMatchObject({ color: NODE_STYLES.Person.color, alpha: 0.18 });
    expect(s.edges.map((e) => [e.color, e.alpha, e.width])).toEqual([
      [MUTED_EDGE, 0.18, 1.2],
      [HIGHLIGHT, 1, 4],
    ]);
    expect(s.rings).toEqual([
      { color: ACCENT, x: 0, y: 0, d: 40 },
      { color: HIGHLIGHT, x: 0, y: 100, d: 30 },
    ]);
    expect(s.labels.filter((l) => !l.heading).map((l) => [l.text, l.side])).toEqual([
      ["Gran", "bottom"],
      ["Tax", "bottom"],
    ]);
  });

  it("labels a hub only where its label was placed, on the side it was placed", () => {
    const cy = graph();
    cy.getElementById("gran").addClass("major").scratch("pgMajorLabel", "12|right|4");
    cy.getElementById("ann").addClass("major").scratch("pgMajorLabel", "small");
    const s = sketchScene(cy);
    expect(s.labels.filter((l) => !l.heading).map((l) => [l.text, l.side])).toEqual([["Gran", "right"]]);
  });
});
