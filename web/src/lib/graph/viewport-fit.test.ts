import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { node, rel } from "@pg/api/contract/graph-builders";
import { forceLayoutInput } from "@pg/api/contract/layout";
import { labelBox, majorFontSize, overlaps } from "./label-placement";
import { centredOn, fitViewport, placeViewport, readingZoom } from "./viewport-fit";

describe("fitViewport", () => {
  it("centres the boxes and fits them within the padding", () => {
    const vp = fitViewport(
      [
        { x: 0, y: 0, d: 20 },
        { x: 200, y: 100, d: 20 },
      ],
      540,
      320,
      20,
      { min: 0.05, max: 4 },
    );
    // 220 × 120 model units into 500 × 280 pixels: the width limits, 500 / 220.
    expect(vp?.zoom).toBeCloseTo(500 / 220);
    // The middle of the boxes (100, 50) lands in the middle of the canvas.
    expect((vp?.pan.x ?? 0) + 100 * (vp?.zoom ?? 0)).toBeCloseTo(270);
    expect((vp?.pan.y ?? 0) + 50 * (vp?.zoom ?? 0)).toBeCloseTo(160);
  });
  it("keeps to the zoom limits, and has nothing to fit without nodes", () => {
    expect(fitViewport([{ x: 5, y: 5, d: 1 }], 800, 600, 40, { min: 0.05, max: 4 })?.zoom).toBe(4);
    expect(fitViewport([], 800, 600, 40, { min: 0.05, max: 4 })).toBeNull();
  });
});

describe("major labels", () => {
  it("grow on screen as the view zooms out, within limits", () => {
    expect(majorFontSize(1)).toBe(12.5);
    expect(majorFontSize(0.1)).toBe(32);
    expect(majorFontSize(4)).toBe(12);
  });
  it("clash when their boxes overlap", () => {
    const a = labelBox({ x: 100, y: 100 }, 10, 20, 12, 130);
    const b = labelBox({ x: 120, y: 105 }, 10, 20, 12, 130);
    const c = labelBox({ x: 400, y: 100 }, 10, 20, 12, 130);
    expect(overlaps(a, b)).toBe(true);
    expect(overlaps(a, c)).toBe(false);
  });
});

describe("forceLayoutInput", () => {
  it("sizes nodes by degree and keeps only relationships between known nodes", () => {
    const metrics = (degree: number) => ({ degree, betweenness: 0, closeness: 0, pagerank: 0, community: 0 });
    const hub = { ...node("a", "Person"), metrics: metrics(2) };
    const leaf = { ...node("b", "Person"), metrics: metrics(1) };
    const input = forceLayoutInput({
      nodes: [hub, leaf],
      relationships: [rel("a", "MEMBER_OF", "b"), rel("a", "MEMBER_OF", "x")],
    });
    expect(input.nodes).toEqual([
      { id: "a", size: 50 },
      { id: "b", size: 40 },
    ]);
    expect(input.edges.map((e) => e.target)).toEqual(["b"]);
    expect(input.options.quality).toBe("default");
  });
});

describe("centredOn and readingZoom", () => {
  it("puts the point in the middle of the canvas", () => {
    const vp = centredOn({ x: 100, y: -50 }, 800, 600, 1.2);
    expect(vp.pan.x + 100 * vp.zoom).toBeCloseTo(400);
    expect(vp.pan.y - 50 * vp.zoom).toBeCloseTo(300);
  });
  it("zooms a whole-network fit in to a reading zoom, and never further than search does", () => {
    expect(readingZoom(0.2)).toBe(0.85);
    expect(readingZoom(1.1)).toBe(1.1);
    expect(readingZoom(4)).toBe(1.6);
  });
});

describe("placeViewport", () => {
  const view = { viewport: null, selected: null, focusDepth: null, mode: "explore" } as const;
  const withNode = () => {
    const cy = cytoscape({
      headless: true,
      layout: { name: "preset" },
      elements: [{ data: { id: "a", size: 20 }, position: { x: 300, y: 200 } }],
    });
    cy.viewport({ zoom: 3, pan: { x: 7, y: 7 } });
    return cy;
  };

  it("keeps a link's viewport exactly the first time", () => {
    const cy = withNode();
    placeViewport(cy, { ...view, viewport: { zoom: 0.5, x: 10, y: 20 }, selected: "a" }, true);
    expect(cy.zoom()).toBe(0.5);
    expect(cy.pan()).toEqual({ x: 10, y: 20 });
  });

  it("centres a link's selection at a reading zoom, unless a focus or a path frames it", () => {
    const cy = withNode();
    placeViewport(cy, { ...view, selected: "a" }, true);
    expect(cy.zoom()).toBe(readingZoom(cy.zoom()));
    const centred = centredOn({ x: 300, y: 200 }, cy.width(), cy.height(), cy.zoom());
    expect(cy.pan()).toEqual(centred.pan);

    const paths = withNode();
    placeViewport(paths, { ...view, selected: "a", mode: "paths" }, true);
    expect(paths.pan()).not.toEqual(centredOn({ x: 300, y: 200 }, paths.width(), paths.height(), paths.zoom()).pan);
  });
});
