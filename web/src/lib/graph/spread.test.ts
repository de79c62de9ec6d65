import { describe, expect, it } from "vitest";
import type { Positions } from "./layouts";
import { MIN_SPACING, spreadDense } from "./spread";

const grid = (n: number, step: number): Positions =>
  new Map(Array.from({ length: n * n }, (_, i) => [`n${i}`, { x: (i % n) * step, y: Math.floor(i / n) * step }]));

describe("spreadDense", () => {
  it("leaves a roomy layout (the report's) exactly as it is", () => {
    const pos = grid(10, 90);
    expect(spreadDense(pos)).toBe(pos);
  });
  it("scales a dense layout about its centre until each node has its room", () => {
    const pos = grid(70, 6);
    const out = spreadDense(pos);
    const a = out.get("n0")!;
    const b = out.get("n1")!;
    const last = out.get(`n${70 * 70 - 1}`)!;
    // 70 nodes a side over 69 steps: the side grows to about 70 × MIN_SPACING.
    expect(last.x - a.x).toBeCloseTo(70 * MIN_SPACING, -1);
    expect(b.x - a.x).toBeGreaterThan(MIN_SPACING * 0.9);
    // the centre stays put, and the shape is the same
    expect((a.x + last.x) / 2).toBeCloseTo((69 * 6) / 2, 6);
    expect(last.y - a.y).toBeCloseTo(last.x - a.x, 6);
  });
  it("copes with one node, a line and a point", () => {
    expect(spreadDense(new Map([["a", { x: 1, y: 2 }]])).get("a")).toEqual({ x: 1, y: 2 });
    const line = spreadDense(new Map(Array.from({ length: 10 }, (_, i) => [`n${i}`, { x: i, y: 0 }])));
    expect(line.get("n9")!.x - line.get("n0")!.x).toBeGreaterThan(9);
    const point = new Map([
      ["a", { x: 0, y: 0 }],
      ["b", { x: 0, y: 0 }],
    ]);
    expect(spreadDense(point)).toBe(point);
  });
});
