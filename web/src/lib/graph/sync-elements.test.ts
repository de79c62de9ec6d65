import cytoscape, { type Core } from "cytoscape";
import { describe, expect, it } from "vitest";
import { applyHighlight, applySelection } from "./sync-elements";

/** n0 – n1 – n2 – n3 in a line, and an axis heading. */
function line(): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: [{ selector: "node", style: {} }] });
  cy.add([0, 1, 2, 3].map((i) => ({ group: "nodes" as const, data: { id: `n${i}` } })));
  cy.add(
    [0, 1, 2].map((i) => ({ group: "edges" as const, data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}` } })),
  );
  cy.add({ group: "nodes", data: { id: "y2006" }, classes: "tick" });
  return cy;
}
const ids = (cy: Core, selector: string) => cy.$(selector).map((e) => e.id());

describe("applySelection", () => {
  it("selects one node and picks its relationships, undoing the last selection", () => {
    const cy = line();
    applySelection(cy, "n1");
    expect(ids(cy, ":selected")).toEqual(["n1"]);
    expect(ids(cy, ".picked")).toEqual(["e0", "e1"]);
    applySelection(cy, "n3");
    expect(ids(cy, ":selected")).toEqual(["n3"]);
    expect(ids(cy, ".picked")).toEqual(["e2"]);
    applySelection(cy, null);
    expect(ids(cy, ":selected")).toEqual([]);
    expect(ids(cy, ".picked")).toEqual([]);
  });

  it("undoes a selection Cytoscape made by itself (a tap), and one made before it was first called", () => {
    const cy = line();
    cy.getElementById("n0").select();
    applySelection(cy, "n2");
    expect(ids(cy, ":selected")).toEqual(["n2"]);
    cy.getElementById("n3").select();
    applySelection(cy, null);
    expect(ids(cy, ":selected")).toEqual([]);
  });
});

describe("applyHighlight", () => {
  it("colours a path, fades the rest but the axis headings, and clears all of it", () => {
    const cy = line();
    applyHighlight(cy, {
      kind: "path",
      nodes: new Set(["n0", "n1"]),
      edges: new Set(["e0"]),
      current: { nodes: new Set(["n1"]), edges: new Set() },
    });
    expect(ids(cy, ".in-path")).toEqual(["n0", "n1", "e0"]);
    expect(ids(cy, ".faded")).toEqual(["n2", "n3", "e1", "e2"]);
    expect(ids(cy, ".current-hop")).toEqual(["n1"]);
    applyHighlight(cy, { kind: "flow", nodes: new Set(["n2", "n3"]), edges: new Set(["e2"]) });
    // A flow's nodes are drawn as a path's; its relationships keep their status colours.
    expect(ids(cy, ".in-path")).toEqual(["n2", "n3"]);
    expect(ids(cy, ".on-chain")).toEqual(["e2"]);
    expect(ids(cy, ".current-hop")).toEqual([]);
    expect(ids(cy, ".faded")).toEqual(["n0", "n1", "e0", "e1"]);
    applyHighlight(cy, null);
    expect(ids(cy, ".faded, .in-path, .on-chain, .current-hop")).toEqual([]);
  });

  it("marks elements added since, when applied again", () => {
    const cy = line();
    const h = { kind: "selection" as const, nodes: new Set(["n0"]), edges: new Set<string>() };
    applyHighlight(cy, h);
    cy.add({ group: "nodes", data: { id: "n4" } });
    applyHighlight(cy, h);
    expect(ids(cy, ".faded")).toEqual(["n1", "n2", "n3", "e0", "e1", "e2", "n4"]);
    applyHighlight(cy, null);
    expect(ids(cy, ".faded")).toEqual([]);
  });
});
