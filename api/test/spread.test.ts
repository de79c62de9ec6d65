import { describe, expect, it } from "vitest";
import type { PositionRow } from "../src/layout/run-fcose";
import { MIN_NODE_SPACING, spreadAtLeast } from "../src/layout/spread";

const grid = (n: number, step: number): PositionRow[] =>
  Array.from({ length: n * n }, (_, i): PositionRow => [`n${i}`, (i % n) * step, Math.floor(i / n) * step]);
const at = (rows: PositionRow[], id: string) => {
  const row = rows.find(([rowId]) => rowId === id)!;
  return { x: row[1], y: row[2] };
};

describe("spreadAtLeast", () => {
  it("leaves a roomy layout (the report's) exactly as it is", () => {
    const rows = grid(10, 90);
    expect(spreadAtLeast(rows)).toBe(rows);
  });
  it("scales a dense layout about its centre until each node has its room", () => {
    const out = spreadAtLeast(grid(70, 6));
    const a = at(out, "n0");
    const b = at(out, "n1");
    const last = at(out, `n${70 * 70 - 1}`);
    // 70 nodes a side over 69 steps: the side grows to about 70 × MIN_NODE_SPACING.
    expect(last.x - a.x).toBeCloseTo(70 * MIN_NODE_SPACING, -1);
    expect(b.x - a.x).toBeGreaterThan(MIN_NODE_SPACING * 0.9);
    // the centre stays put, and the shape is the same
    expect((a.x + last.x) / 2).toBeCloseTo((69 * 6) / 2, 6);
    expect(last.y - a.y).toBeCloseTo(last.x - a.x, 6);
  });
  it("copes with one node, a line and a point", () => {
    expect(spreadAtLeast([["a", 1, 2]])).toEqual([["a", 1, 2]]);
    const line = spreadAtLeast(Array.from({ length: 10 }, (_, i): PositionRow => [`n${i}`, i, 0]));
    expect(at(line, "n9").x - at(line, "n0").x).toBeGreaterThan(9);
    const point: PositionRow[] = [
      ["a", 0, 0],
      ["b", 0, 0],
    ];
    expect(spreadAtLeast(point)).toBe(point);
  });
});
