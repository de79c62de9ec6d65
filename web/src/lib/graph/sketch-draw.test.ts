import { describe, expect, it } from "vitest";
import { drawSketch, type SketchContext } from "./sketch-draw";
import type { SketchScene } from "./sketch-scene";

/** Records the path and paint calls, with the style set at each paint. */
function recorder() {
  const calls: string[] = [];
  const ctx = {
    strokeStyle: "",
    fillStyle: "",
    lineWidth: 1,
    globalAlpha: 1,
    font: "",
    textAlign: "start",
    textBaseline: "alphabetic",
    lineJoin: "miter",
    clearRect: (...a: number[]) => calls.push(`clear ${a.join(" ")}`),
    beginPath: () => calls.push("begin"),
    closePath: () => calls.push("close"),
    moveTo: (x: number, y: number) => calls.push(`move ${x} ${y}`),
    lineTo: (x: number, y: number) => calls.push(`line ${x} ${y}`),
    arc: (x: number, y: number, r: number) => calls.push(`arc ${x} ${y} ${r}`),
    rect: (x: number, y: number, w: number, h: number) => calls.push(`rect ${x} ${y} ${w} ${h}`),
    stroke: () => calls.push(`stroke ${ctx.strokeStyle} ${ctx.lineWidth} ${ctx.globalAlpha}`),
    fill: () => calls.push(`fill ${ctx.fillStyle} ${ctx.globalAlpha}`),
    strokeText: (t: string, x: number, y: number) => calls.push(`halo ${t} ${x} ${y}`),
    fillText: (t: string, x: number, y: number) =>
      calls.push(`text ${t} ${x} ${y} ${ctx.textAlign} ${ctx.textBaseline}`),
    // 7 px a character.
    measureText: (t: string) => ({ width: 7 * t.length }),
  };
  return { ctx: ctx as unknown as SketchContext, calls };
}

const empty: SketchScene = { edges: [], nodes: [], rings: [], labels: [], nodeCount: 0 };
const vp = { zoom: 2, pan: { x: 10, y: 20 } };

describe("drawSketch", () => {
  it("draws each look in one path, at the viewport's place, and skips what lies outside the canvas", () => {
    const { ctx, calls } = recorder();
    drawSketch(
      ctx,
      {
        ...empty,
        edges: [{ color: "#ccc", width: 1.2, alpha: 1, coords: [0, 0, 10, 0, 1000, 1000, 1001, 1000] }],
        nodes: [{ color: "#00f", shape: "ellipse", alpha: 0.5, coords: [0, 0, 10, 5000, 0, 10] }],
      },
      vp,
      200,
      100,
    );
    expect(calls).toEqual([
      "clear 0 0 200 100",
      "begin",
      "move 10 20",
      "line 30 20",
      "stroke #ccc 2.4 1",
      "begin",
      "move 20 20",
      "arc 10 20 10",
      "fill #00f 0.5",
    ]);
  });

  it("draws a node too small to show its shape as a square, and a bigger one with its shape's outline", () => {
    const { ctx, calls } = recorder();
    const nodes = [{ color: "#0f0", shape: "diamond" as const, alpha: 1, coords: [0, 0, 2, 20, 0, 10] }];
    drawSketch(ctx, { ...empty, nodes }, vp, 200, 100);
    expect(calls).toContain("rect 8 18 4 4");
    // The diamond's top, then its three other corners, closed.
    expect(calls.slice(calls.indexOf("move 50 10"))).toEqual([
      "move 50 10",
      "line 60 20",
      "line 50 30",
      "line 40 20",
      "close",
      "fill #0f0 1",
    ]);
  });

  it("puts a label on its side of the node over a white halo, a heading above its point, and leaves out a label that would cover one drawn before it", () => {
    const { ctx, calls } = recorder();
    drawSketch(
      ctx,
      {
        ...empty,
        labels: [
          { text: "2006", x: 60, y: 0, d: 0, side: "top", heading: true },
          { text: "Gran", x: 0, y: 0, d: 20, side: "right", heading: false },
          { text: "Lugazi", x: 2, y: 0, d: 20, side: "right", heading: false },
        ],
      },
      vp,
      200,
      100,
    );
    // Radius 20 on screen, 4 px gap: the text starts 24 px right of the centre, and is centred on its height.
    expect(calls).toContain("halo Gran 34 20");
    expect(calls).toContain("text Gran 34 20 left middle");
    // 28 px wide, centred over the point, its 18 px line ending there.
    expect(calls).toContain("text 2006 116 11 left middle");
    expect(calls.some((c) => c.includes("Lugazi"))).toBe(false);
  });
});
