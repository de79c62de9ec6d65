import { NODE_TYPES } from "@pg/seed/schema";
import cytoscape, { type StylesheetJson } from "cytoscape";
import { describe, expect, it } from "vitest";
import { LEAN_GRAPH_NODES, leanStylesheet, styleTier, stylesheetFor } from "./lean-style";
import { BIG_GRAPH_ELEMENTS, graphStylesheet } from "./styles";

const base = (selector: string) => leanStylesheet().find((r) => r.selector === selector)?.style ?? {};

describe("style by graph size", () => {
  it("keeps the full sheet for the report's graph and the light one past 2000 elements", () => {
    expect(styleTier(280, 663)).toBe("full");
    expect(styleTier(1000, BIG_GRAPH_ELEMENTS)).toBe("big");
    expect(styleTier(LEAN_GRAPH_NODES - 1, 2 * LEAN_GRAPH_NODES)).toBe("big");
    expect(styleTier(LEAN_GRAPH_NODES, 0)).toBe("lean");
    expect(styleTier(20_000, 40_000)).toBe("lean");
  });
  it("gives the report's graph exactly the sheet it had", () => {
    expect(stylesheetFor("full")).toEqual(graphStylesheet());
    expect(stylesheetFor("big")).toEqual(graphStylesheet({ big: true }));
  });
  it("leaves every element of a lean graph only size, colour and shape to resolve", () => {
    expect(Object.keys(base("node")).sort()).toEqual(["border-width", "height", "label", "width"]);
    expect(base("node").label).toBe("");
    expect(base("edge")["curve-style"]).toBe("haystack");
    expect(base("edge")["target-arrow-shape"]).toBe("none");
    expect(Object.keys(base("edge"))).not.toContain("font-size");
    expect(leanStylesheet().filter((r) => r.selector === "node" || r.selector === "edge")).toHaveLength(2);
  });
  it("still tells the types apart and labels what matters", () => {
    const sheet = leanStylesheet();
    const selectors = sheet.map((r) => r.selector);
    for (const t of NODE_TYPES) expect(selectors).toContain(`node[type = "${t}"]`);
    const labelled = sheet.find((r) => r.selector.startsWith("node.major,"));
    expect(labelled?.selector).toContain("node:selected");
    expect(labelled?.style.label).toBe("data(label)");
    expect(labelled?.style["font-family"]).toBeDefined();
    // Every state the full sheet styles (selection, hover, paths, flows, hiding) is styled here too.
    for (const r of graphStylesheet({ big: true })) if (r.selector !== "node") expect(selectors).toContain(r.selector);
  });
  it("draws a labelled edge straight, as a selection's, with no search for the edges parallel to it", () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: leanStylesheet() as unknown as StylesheetJson,
      elements: [
        { data: { id: "a", type: "Person", size: 20 } },
        { data: { id: "b", type: "Person", size: 20 } },
        { data: { id: "ab", source: "a", target: "b", label: "knows" } },
      ],
    });
    const e = cy.$id("ab");
    expect(e.style("curve-style")).toBe("haystack");
    for (const cls of ["hover", "near", "picked", "in-path", "flow"]) {
      e.classes([cls]);
      expect([cls, e.style("curve-style")]).toEqual([cls, "straight"]);
    }
  });
});
