import { describe, expect, it } from "vitest";
import { growthExponent, percentile, round, spread } from "../lib/stats";

describe("spread", () => {
  it("gives the median, min, max and number of runs, the middle two averaged for an even count", () => {
    expect(spread([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 });
  });

  it("leaves out runs that measured nothing (NaN, Infinity) and says so in `runs`", () => {
    expect(spread([2, Number.NaN, 4, Number.POSITIVE_INFINITY])).toEqual({ median: 3, min: 2, max: 4, runs: 2 });
  });

  it("is NaN with 0 runs when nothing was measured", () => {
    const empty = spread([]);
    expect(empty.runs).toBe(0);
    expect(empty.median).toBeNaN();
  });

  it("does not reorder the caller's array", () => {
    const values = [3, 1, 2];
    spread(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("percentile", () => {
  it("is the nearest-rank percentile", () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("growthExponent", () => {
  it("finds the power a time grows with", () => {
    const linear = [1000, 5000, 20_000].map((x) => ({ x, y: 0.003 * x }));
    const quadratic = [1000, 5000, 20_000].map((x) => ({ x, y: 2e-6 * x * x }));
    expect(growthExponent(linear)).toBeCloseTo(1, 10);
    expect(growthExponent(quadratic)).toBeCloseTo(2, 10);
  });

  it("needs two usable points (positive x and y)", () => {
    expect(growthExponent([{ x: 1000, y: 5 }])).toBeNaN();
    expect(
      growthExponent([
        { x: 1000, y: 5 },
        { x: 5000, y: 0 },
      ]),
    ).toBeNaN();
    expect(
      growthExponent([
        { x: 1000, y: 5 },
        { x: 1000, y: 7 },
      ]),
    ).toBeNaN();
  });
});

describe("round", () => {
  it("rounds to the digits asked and leaves NaN as it is", () => {
    expect(round(1.23456)).toBe(1.23);
    expect(round(1234.5, 0)).toBe(1235);
    expect(round(Number.NaN)).toBeNaN();
  });
});
