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
