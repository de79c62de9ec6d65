import cytoscape, { type Core, type EdgeSingular, type StylesheetJson } from "cytoscape";
import { describe, expect, it } from "vitest";
import { leanStylesheet } from "./lean-style";
import { isPlain, strokePlainEdges, type LineContext } from "./plain-elements";
import { EDGE_WIDTH, FADED_OPACITY, MUTED_EDGE } from "./styles";

// Headless with styles: Cytoscape resolves the lean sheet as it does on the canvas.
function graph(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: "preset" },
    style: leanStylesheet() as unknown as StylesheetJson,
    elements: [
      { group: "nodes", data: { id: "a", size: 30, type: "Organisation", label: "A" }, position: { x: 0, y: 0 } },
      { group: "nodes", data: { id: "b", size: 30, type: "Person", label: "B" }, position: { x: 100, y: 50 } },
      { group: "nodes", data: { id: "c", size: 30, type: "Person", label: "C" }, position: { x: -40, y: 80 } },
      { group: "edges", data: { id: "ab", source: "a", target: "b", label: "works with" } },
      { group: "edges", data: { id: "ac", source: "a", target: "c", label: "works with" } },
    ],
  });
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(",")})`;

describe("plain elements of the lean stylesheet", () => {
  it("are drawn by the stylesheet exactly as the batch strokes them: a thin grey straight line, no label, no arrow", () => {
    const cy = graph();
    const e = cy.$id("ab");
    expect(isPlain(e)).toBe(true);
    expect(e.style("line-color")).toBe(rgb(MUTED_EDGE));
    expect(e.numericStyle("width")).toBe(EDGE_WIDTH.base);
    expect(e.style("curve-style")).toBe("haystack");
    expect(Number(e.style("haystack-radius"))).toBe(0);
    expect(e.style("target-arrow-shape")).toBe("none");
    expect(e.style("label")).toBe("");
    expect(Number(e.style("opacity"))).toBe(1);
    e.addClass("faded");
    expect(isPlain(e)).toBe(true);
    expect(Number(e.style("opacity"))).toBe(FADED_OPACITY);
  });

  it("a plain node has no label and no border: its drawing reaches no further than its shape", () => {
    const n = graph().$id("a");
    expect(isPlain(n)).toBe(true);
    expect(n.style("label")).toBe("");
    expect(n.numericStyle("border-width")).toBe(0);
  });

  it("an element with a look of its own, selected, or hidden is not plain, nor an edge to a hidden node", () => {
    const cy = graph();
    for (const cls of ["hover", "near", "picked", "in-path", "flow", "on-chain", "current-hop", "hidden"]) {
      const e = cy.$id("ab").addClass(cls);
      expect(isPlain(e), cls).toBe(false);
      // A class of its own shows: a label, a colour, or no line at all.
      e.removeClass(cls);
    }
    for (const cls of ["major", "hover", "in-path", "tick"]) {
      const n = cy.$id("a").addClass(cls);
      expect(isPlain(n), cls).toBe(false);
      n.removeClass(cls);
    }
    cy.$id("ab").select();
    expect(isPlain(cy.$id("ab"))).toBe(false);
    cy.$id("c").addClass("hidden");
    expect(isPlain(cy.$id("ac"))).toBe(false);
  });
});

describe("strokePlainEdges", () => {
  function recorder() {
    const calls: string[] = [];
    const ctx = {
      save: () => calls.push("save"),
      restore: () => calls.push("restore"),
      beginPath: () => calls.push("begin"),
      moveTo: (x: number, y: number) => calls.push(`move ${x},${y}`),
      lineTo: (x: number, y: number) => calls.push(`line ${x},${y}`),
      stroke: () => calls.push(`stroke ${ctx.strokeStyle} ${ctx.lineWidth} ${ctx.globalAlpha}`),
      strokeStyle: "",
      lineWidth: 0,
      lineCap: "",
      globalAlpha: 1,
    };
    return { ctx: ctx as unknown as LineContext, calls };
  }

  it("strokes each edge from centre to centre, faded ones first and fainter, in one path per opacity", () => {
    const cy = graph();
    cy.$id("ac").addClass("faded");
    const { ctx, calls } = recorder();
    strokePlainEdges(ctx, [cy.$id("ab"), cy.$id("ac")] as EdgeSingular[]);
    expect(calls).toEqual([
      "save",
      "begin",
      "move 0,0",
      "line -40,80",
      `stroke ${MUTED_EDGE} ${EDGE_WIDTH.base} ${FADED_OPACITY}`,
      "begin",
      "move 0,0",
      "line 100,50",
      `stroke ${MUTED_EDGE} ${EDGE_WIDTH.base} 1`,
      "restore",
    ]);
  });

  it("draws nothing for no edges", () => {
    const { ctx, calls } = recorder();
    strokePlainEdges(ctx, []);
    expect(calls).toEqual([]);
  });
});
