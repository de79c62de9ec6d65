import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { viewportKey } from "./canvas-interaction";

describe("viewportKey", () => {
  it("pans with the arrows, zooms with + and -, and leaves other keys to the page", () => {
    const cy = cytoscape({ headless: true });
    expect(viewportKey(cy, "ArrowLeft")).toBe(true);
    expect(cy.pan()).toEqual({ x: 60, y: 0 });
    expect(viewportKey(cy, "ArrowDown")).toBe(true);
    expect(cy.pan()).toEqual({ x: 60, y: -60 });
    expect(viewportKey(cy, "+")).toBe(true);
    expect(cy.zoom()).toBeCloseTo(1.25);
    expect(viewportKey(cy, "-")).toBe(true);
    expect(cy.zoom()).toBeCloseTo(1);
    expect(viewportKey(cy, "a")).toBe(false);
    expect(viewportKey(cy, "Enter")).toBe(false);
  });
});

describe("viewportKey with a preview (a big graph)", () => {
  it("hands the moves to the preview and leaves Cytoscape's viewport alone", () => {
    const cy = cytoscape({ headless: true });
    const moves: string[] = [];
    const preview = {
      panBy: (dx: number, dy: number) => moves.push(`pan ${dx} ${dy}`),
      zoomBy: (f: number) => moves.push(`zoom ${f}`),
    };
    expect(viewportKey(cy, "ArrowUp", preview)).toBe(true);
    expect(viewportKey(cy, "-", preview)).toBe(true);
    expect(moves).toEqual(["pan 0 60", "zoom 0.8"]);
    expect(cy.pan()).toEqual({ x: 0, y: 0 });
    expect(cy.zoom()).toBe(1);
  });
});
