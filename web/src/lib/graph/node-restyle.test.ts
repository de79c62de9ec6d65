import cytoscape, { type Core, type EdgeSingular, type StylesheetJson } from "cytoscape";
import { describe, expect, it } from "vitest";
import { leanStylesheet } from "./lean-style";
import { restyleNodesAlone } from "./node-restyle";

/** Headless with styles: a hub with `spokes` edges, each edge's derived state read once (so cached). */
function star(spokes = 5): { cy: Core; edges: () => EdgeSingular[] } {
  const cy: Core = cytoscape({
    headless: true,
    styleEnabled: true,
    style: leanStylesheet() as unknown as StylesheetJson,
    elements: [
      { group: "nodes", data: { id: "hub", size: 40, type: "Organisation", label: "Hub" } },
      ...Array.from({ length: spokes }, (_, i) => [
        { group: "nodes" as const, data: { id: `n${i}`, size: 20, type: "Person", label: `N${i}` } },
        { group: "edges" as const, data: { id: `e${i}`, source: "hub", target: `n${i}`, label: "works with" } },
      ]).flat(),
    ],
  });
  return { cy, edges: () => cy.edges().toArray() as EdgeSingular[] };
}

/** Whether Cytoscape's cache of what the edge derives from its style (visible, interactive) is still there. */
const cached = (e: EdgeSingular) => (e as unknown as { _private: { styleCache: unknown } })._private.styleCache != null;

/** Each edge's visible() and interactive(), which fills its cache. */
const state = (edges: EdgeSingular[]) =>
  edges.map((e) => [e.visible(), (e as unknown as { interactive(): boolean }).interactive()]);

describe("restyleNodesAlone", () => {
  it("a hub's label, font and z-index leave its edges' cached state alone", () => {
    const { cy, edges } = star();
    restyleNodesAlone(cy);
    expect(state(edges())).toEqual(Array(5).fill([true, true]));
    const hub = cy.$id("hub");
    hub.addClass("major");
    hub.style({ "font-size": 30, "text-valign": "top", "z-index": 25 });
    expect(hub.style("label")).toBe("Hub");
    expect(hub.style("font-size")).toBe("30px");
    expect(edges().every(cached)).toBe(true);
    expect(state(edges())).toEqual(Array(5).fill([true, true]));
  });

  it("a node hidden, shrunk to nothing or shown again still changes its edges' state", () => {
    const { cy, edges } = star();
    restyleNodesAlone(cy);
    state(edges());
    const hub = cy.$id("hub");
    hub.addClass("hidden");
    expect(hub.style("display")).toBe("none");
    expect(state(edges())).toEqual(Array(5).fill([false, false]));
    hub.removeClass("hidden");
    // As before each frame of the canvas: the changed node's style is resolved before its edges are read.
    expect(hub.style("display")).toBe("element");
    expect(state(edges())).toEqual(Array(5).fill([true, true]));
    hub.style("width", 0);
    expect(state(edges())).toEqual(Array(5).fill([false, false]));
  });

  it("without it (or after dispose), Cytoscape marks every edge of the hub for a label", () => {
    const { cy, edges } = star();
    restyleNodesAlone(cy).dispose();
    state(edges());
    cy.$id("hub").style("font-size", 30);
    expect(edges().some(cached)).toBe(false);
  });
});
