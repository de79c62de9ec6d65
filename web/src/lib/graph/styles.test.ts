import { FLOW_STATUSES, NODE_TYPES } from "@pg/seed/schema";
import { describe, expect, it } from "vitest";
import { FLOW_STATUS_STYLES, NODE_STYLES, contrastRatio, shapePoints } from "./node-styles";
import { graphStylesheet } from "./styles";

describe("styles", () => {
  it("gives every type its own colour and its own shape", () => {
    const colours = new Set(NODE_TYPES.map((t) => NODE_STYLES[t].color));
    const shapes = new Set(NODE_TYPES.map((t) => NODE_STYLES[t].shape));
    expect(colours.size).toBe(NODE_TYPES.length);
    expect(shapes.size).toBe(NODE_TYPES.length);
  });
  it("keeps node colours at 3:1 against the canvas (WCAG non-text contrast)", () => {
    for (const t of NODE_TYPES) expect(contrastRatio(NODE_STYLES[t].color, "#fbfcfd")).toBeGreaterThanOrEqual(3);
  });
  it("keeps flow status colours readable as text (4.5:1)", () => {
    for (const s of FLOW_STATUSES)
      expect(contrastRatio(FLOW_STATUS_STYLES[s].color, "#f6f7f9")).toBeGreaterThanOrEqual(4.5);
  });
  it("draws every shape in the legend", () => {
    for (const t of NODE_TYPES) expect(shapePoints(NODE_STYLES[t].shape).split(" ").length).toBeGreaterThanOrEqual(3);
  });
  it("styles every type in the stylesheet", () => {
    const selectors = graphStylesheet().map((r) => r.selector);
    for (const t of NODE_TYPES) expect(selectors).toContain(`node[type = "${t}"]`);
  });
  it("computes contrast like WCAG", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 0);
  });
});
