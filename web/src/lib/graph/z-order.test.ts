import cytoscape, { type Core, type StylesheetJson } from "cytoscape";
import { describe, expect, it } from "vitest";
import type { RenderedElement, ZSorted } from "./cytoscape-internals";
import { leanStylesheet } from "./lean-style";
import { keepZOrder, zCompare } from "./z-order";

/**
 * Headless with styles: the style's triggers run as on the canvas, once a changed element's style is
 * read (the canvas reads it before each frame). Headless Cytoscape has no renderer: a stand-in holds the
 * sorted list, as the canvas renderer's cache does; the "zorder" notices (a full sort) are counted.
 */
function graph(nodes = 3) {
  const cy: Core = cytoscape({
    headless: true,
    styleEnabled: true,
    style: leanStylesheet() as unknown as StylesheetJson,
    elements: [
      ...Array.from({ length: nodes }, (_, i) => ({
        group: "nodes" as const,
        data: { id: `n${i}`, size: 30, type: "Person", label: `N${i}` },
      })),
      { group: "edges", data: { id: "e01", source: "n0", target: "n1", label: "works with" } },
    ],
  });
  cy.elements().forEach((e) => void e.style("label"));
  const sorted = cy.elements().toArray() as unknown as RenderedElement[];
  const list: ZSorted = [...sorted].sort(zCompare);
  list.interactive = [...list];
  let grabbedSplits = 0;
  const renderer = {
    getCachedZSortedEles: () => list,
    updateCachedGrabbedEles: () => void grabbedSplits++,
    notify: () => {},
  };
  let sorts = 0;
  const core = cy as unknown as { renderer(): unknown; notify(name: string, eles?: unknown): void };
  const notify = core.notify.bind(cy);
  core.notify = (name, eles) => {
    if (name === "zorder") sorts++;
    notify(name, eles);
  };
  core.renderer = () => renderer;
  const order = () => renderer.getCachedZSortedEles().map((e) => e.id());
  const counted = () => {
    const was = { sorts, grabbedSplits };
    sorts = 0;
    grabbedSplits = 0;
    return was;
  };
  return { cy, renderer, order, counted, list };
}

describe("zCompare", () => {
  it("puts edges under nodes, then orders by z-index, then by the order they were added", () => {
    const { cy, list } = graph();
    expect(list.map((e) => e.id())).toEqual(["e01", "n0", "n1", "n2"]);
    cy.$id("n0").select();
    expect(cy.$id("n0").style("z-index")).toBe("30");
    expect([...list].sort(zCompare).map((e) => e.id())).toEqual(["e01", "n1", "n2", "n0"]);
  });
});

describe("keepZOrder", () => {
  it("a label that appears asks for no sort", () => {
    const { cy, order, counted } = graph();
    keepZOrder(cy);
    cy.$id("n1").addClass("hover");
    cy.$id("e01").addClass("near");
    expect(cy.$id("n1").style("label")).toBe("N1");
    expect(cy.$id("e01").style("label")).toBe("works with");
    expect(order()).toEqual(["e01", "n0", "n1", "n2"]);
    expect(counted()).toEqual({ sorts: 0, grabbedSplits: 0 });
  });

  it("a selection's z-index moves it to its place, over the other nodes, without sorting everything", () => {
    const { cy, order, counted, list } = graph();
    keepZOrder(cy);
    cy.$id("n0").select();
    expect(cy.$id("n0").style("z-index")).toBe("30");
    expect(order()).toEqual(["e01", "n1", "n2", "n0"]);
    expect(list.interactive?.map((e) => e.id())).toEqual(["e01", "n1", "n2", "n0"]);
    expect(counted()).toEqual({ sorts: 0, grabbedSplits: 1 });
    cy.$id("n0").unselect();
    expect(cy.$id("n0").style("z-index")).toBe("0");
    expect(order()).toEqual(["e01", "n0", "n1", "n2"]);
    // Several at once, each to its place: a path's node (z-index 9) under the selection (30).
    cy.$id("n0").select();
    cy.$id("n1").addClass("in-path");
    expect([cy.$id("n0").style("z-index"), cy.$id("n1").style("z-index")]).toEqual(["30", "9"]);
    expect(order()).toEqual(["e01", "n2", "n1", "n0"]);
  });

  it("hiding, or many z-index changes at once, still sorts everything; and after dispose a label does too", () => {
    const { cy, counted } = graph(80);
    const kept = keepZOrder(cy);
    cy.$id("n1").addClass("hidden");
    expect(cy.$id("n1").style("display")).toBe("none");
    expect(counted().sorts).toBeGreaterThan(0);
    // A path's nodes are drawn over the rest (z-index 9): here more of them than are moved one by one.
    cy.nodes().addClass("in-path");
    cy.nodes().forEach((n) => void n.style("z-index"));
    expect(counted().sorts).toBeGreaterThan(0);
    kept.dispose();
    cy.$id("e01").addClass("near");
    expect(cy.$id("e01").style("label")).toBe("works with");
    expect(counted().sorts).toBeGreaterThan(0);
  });
});
