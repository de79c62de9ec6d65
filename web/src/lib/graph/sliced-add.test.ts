import cytoscape, { type Core } from "cytoscape";
import { describe, expect, it } from "vitest";
import { addInSlices, type Slicing } from "./sliced-add";
import { syncElements } from "./sync-elements";
import type { ElementDef } from "./to-cytoscape";

function elements(nodes: number): ElementDef[] {
  const ns: ElementDef[] = Array.from({ length: nodes }, (_, i) => ({
    group: "nodes",
    data: { id: `n${i}`, label: `n${i}`, type: "Person", size: 20 },
  }));
  const es: ElementDef[] = Array.from({ length: nodes - 1 }, (_, i) => ({
    group: "edges",
    data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}`, type: "KNOWS", label: "knows" },
  }));
  return [...ns, ...es];
}

/** Counts the slices, and whether Cytoscape was batching (drawing nothing) at each of them. */
function slicing(cy: () => Core, minElements = 10): Slicing & { batchedAt: boolean[] } {
  const batchedAt: boolean[] = [];
  return {
    minElements,
    addSize: 7,
    // Each slice does one add, or up to 64 elements' styles.
    budgetMs: 0,
    batchedAt,
    next: () => {
      batchedAt.push((cy() as unknown as { batching(): boolean }).batching());
      return Promise.resolve();
    },
  };
}

const headless = () => cytoscape({ headless: true, styleEnabled: true, style: [{ selector: "node", style: {} }] });

describe("addInSlices", () => {
  it("adds everything in slices while a batch holds the render loop, and ends the batch", async () => {
    const cy = headless();
    const s = slicing(() => cy);
    const defs = elements(20) as cytoscape.ElementDefinition[];
    await addInSlices(cy, defs, s);
    expect(cy.nodes()).toHaveLength(20);
    expect(cy.edges()).toHaveLength(19);
    // 39 elements in adds of 7: 6 slices, one to end the batch, then the style resolution's slices.
    expect(s.batchedAt.length).toBeGreaterThan(7);
    expect(s.batchedAt.every(Boolean)).toBe(true);
    expect((cy as unknown as { batching(): boolean }).batching()).toBe(false);
  });

  it("says when every element is in, before the slices that resolve their styles", async () => {
    const cy = headless();
    const s = slicing(() => cy);
    let seen: { elements: number; slices: number } | null = null;
    await addInSlices(cy, elements(20) as cytoscape.ElementDefinition[], s, () => {
      seen = { elements: cy.elements().length, slices: s.batchedAt.length };
    });
    // All 39 in after the 6 slices of adds and the one that ends their batch, told in a task of its own,
    // and style slices still to come.
    expect(seen).toEqual({ elements: 39, slices: 8 });
    expect(s.batchedAt.length).toBeGreaterThan(8);
  });

  it("stops when the instance is destroyed between slices", async () => {
    const cy = headless();
    let slices = 0;
    const s: Slicing = {
      ...slicing(() => cy),
      next: () => {
        if (++slices === 2) cy.destroy();
        return Promise.resolve();
      },
    };
    await addInSlices(cy, elements(20) as cytoscape.ElementDefinition[], s);
    expect(slices).toBe(2);
  });
});

describe("syncElements with slicing", () => {
  it("adds a small graph at once and a big one in slices, at the positions given", async () => {
    const small = headless();
    const s1 = slicing(() => small, 100);
    await syncElements(small, elements(5), { at: new Map([["n0", { x: 3, y: 4 }]]), slicing: s1 });
    expect(s1.batchedAt).toHaveLength(0);
    expect(small.getElementById("n0").position()).toEqual({ x: 3, y: 4 });
    // An add at once is all in when it is done.
    let addedWith = 0;
    await syncElements(small, elements(6), { slicing: s1, added: () => (addedWith = small.elements().length) });
    expect(addedWith).toBe(11);

    const big = headless();
    const s2 = slicing(() => big, 10);
    await syncElements(big, elements(20), { at: new Map([["n7", { x: 1, y: 2 }]]), slicing: s2 });
    expect(s2.batchedAt.length).toBeGreaterThan(0);
    expect(big.elements()).toHaveLength(39);
    expect(big.getElementById("n7").position()).toEqual({ x: 1, y: 2 });
  });

  it("adds what the filters hide already hidden, keeping the element's own classes", async () => {
    const cy = headless();
    const els = elements(3).map((e) => (e.data.id === "e1" ? { ...e, classes: "flow" } : e));
    await syncElements(cy, els, { shown: { nodes: new Set(["n0", "n1"]), edges: new Set(["e0"]) } });
    expect(cy.elements(".hidden").map((e) => e.id())).toEqual(["n2", "e1"]);
    expect(cy.getElementById("e1").classes()).toEqual(["flow", "hidden"]);
    expect(cy.getElementById("n0").classes()).toEqual([]);
  });

  it("after the first add, adds only what is new, drops what is gone (axis headings kept) and updates sizes", async () => {
    const cy = headless();
    await syncElements(cy, elements(5));
    cy.add({ group: "nodes", data: { id: "y2006", label: "2006" }, classes: "tick" });
    const n0 = cy.getElementById("n0");
    const bigger = elements(3).map((e) => (e.data.id === "n0" ? { ...e, data: { ...e.data, size: 40 } } : e));
    await syncElements(cy, bigger);
    expect(
      cy
        .elements()
        .map((e) => e.id())
        .sort(),
    ).toEqual(["e0", "e1", "n0", "n1", "n2", "y2006"]);
    // The same element, not a new one in its place.
    expect(cy.getElementById("n0")).toBe(n0);
    expect(n0.data("size")).toBe(40);
  });
});
