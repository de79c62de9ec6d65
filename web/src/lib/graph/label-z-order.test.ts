import cytoscape, { type Core, type StylesheetJson } from "cytoscape";
import { describe, expect, it } from "vitest";
import { labelsKeepZOrder } from "./label-z-order";
import { leanStylesheet } from "./lean-style";

// Headless with styles: the style's triggers run as on the canvas, once a changed element's style is read
// (the canvas reads it before each frame); the notices they send are recorded.
function graph(): { cy: Core; zorder: () => number } {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: leanStylesheet() as unknown as StylesheetJson,
    elements: [
      { group: "nodes", data: { id: "a", size: 30, type: "Organisation", label: "A" } },
      { group: "nodes", data: { id: "b", size: 30, type: "Person", label: "B" } },
      { group: "edges", data: { id: "ab", source: "a", target: "b", label: "works with" } },
    ],
  });
  // Resolved first, as a graph on screen is: the changes below are then changes from these values.
  cy.elements().forEach((e) => void e.style("label"));
  let n = 0;
  // cy.notify, through which the style tells the renderer, is public but undeclared.
  const core = cy as unknown as { notify(name: string, eles?: unknown): void };
  const notify = core.notify.bind(cy);
  core.notify = (name, eles) => {
    if (name === "zorder") n++;
    notify(name, eles);
  };
  return {
    cy,
    zorder: () => {
      const was = n;
      n = 0;
      return was;
    },
  };
}

describe("labelsKeepZOrder", () => {
  it("a label that appears no longer asks for the z order to be sorted again", () => {
    const { cy, zorder } = graph();
    // Without it, Cytoscape asks: the hover's label goes from empty to not empty.
    cy.$id("a").addClass("hover");
    expect(cy.$id("a").style("label")).toBe("A");
    expect(zorder()).toBeGreaterThan(0);
    cy.$id("a").removeClass("hover");
    zorder();

    const quiet = labelsKeepZOrder(cy);
    cy.$id("a").addClass("hover");
    cy.$id("ab").addClass("near");
    expect(cy.$id("a").style("label")).toBe("A");
    expect(cy.$id("ab").style("label")).toBe("works with");
    expect(zorder()).toBe(0);

    quiet.dispose();
    cy.$id("a").removeClass("hover");
    expect(cy.$id("a").style("label")).toBe("");
    expect(zorder()).toBeGreaterThan(0);
  });

  it("a change of z-index or of display still does", () => {
    const { cy, zorder } = graph();
    labelsKeepZOrder(cy);
    // The selection is drawn over the other nodes (z-index 30).
    cy.$id("a").select();
    expect(cy.$id("a").style("z-index")).toBe("30");
    expect(zorder()).toBeGreaterThan(0);
    cy.$id("b").addClass("hidden");
    expect(cy.$id("b").style("display")).toBe("none");
    expect(zorder()).toBeGreaterThan(0);
  });
});
