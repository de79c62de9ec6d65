import { describe, expect, it } from "vitest";
import { seedResult } from "../seed-bench";

const run = (loaderSeconds: number, baselineSeconds: number) => ({
  nodes: 1000,
  relationships: 3000,
  loaderSeconds,
  baselineSeconds,
});

describe("a row of the Loading table", () => {
  it("gives nodes/s from the median times and the median of the per-run speed ratios", () => {
    const row = seedResult(1000, [run(2, 1), run(4, 1), run(1, 1), run(2, 2), run(3, 1)]);
    expect(row).toMatchObject({
      nodes: 1000,
      relationships: 3000,
      loader_nodes_per_s: 500,
      baseline_nodes_per_s: 1000,
    });
    // Ratios per run: 0.5, 0.25, 1, 1, 0.33 → median 0.5.
    expect(row.ratio).toBe(0.5);
    expect(row.detail).toMatchObject({ loader_s: { median: 2, min: 1, max: 4, runs: 5 } });
  });

  it("records a failure instead of figures when no run finished", () => {
    expect(seedResult(100_000, [], "out of memory")).toMatchObject({
      nodes: 100_000,
      ratio: 0,
      detail: { error: "out of memory" },
    });
  });

  it("keeps the figures of the runs that finished, and the error of the one that did not", () => {
    const row = seedResult(1000, [run(2, 1)], "timed out");
    expect(row.detail).toMatchObject({ later_error: "timed out", loader_s: { runs: 1 } });
  });
});
