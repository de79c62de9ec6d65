import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../report";
import { noFigures, type Results, type SeedResult } from "../results";
import { seedResult } from "../seed-bench";

const base: Results = {
  commit: "abc",
  date: "2026-11-28T02:00:00.000Z",
  quick: false,
  runs: 5,
  machine: { cpu: "test", neo4j_seed: "embedded, -Xmx3g" },
  durations_s: { seed: 600, total: 1500 },
  ...noFigures(),
  bundle: { initial_js_gzip_kb: 250, files: [] },
};
const runs = (loader: number, baseline: number) =>
  Array.from({ length: 5 }, () => ({ nodes: 1, relationships: 1, loaderSeconds: loader, baselineSeconds: baseline }));
const row = (nodes: number, loader: number, baseline: number): SeedResult => ({
  ...seedResult(nodes, runs(loader, baseline)),
  nodes,
});
const goalLine = (md: string) => md.split("\n").find((l) => l.includes("loader ≥ 0.5× the baseline")) ?? "";

describe("RESULTS.md, Loading", () => {
  it("judges the loader goal at 100k nodes, met or not", () => {
    expect(goalLine(renderMarkdown({ ...base, seed: [row(1000, 1, 1), row(100_000, 30, 20)] }))).toMatch(
      /0\.67× at 100000 \| \*\*met\*\*/,
    );
    expect(goalLine(renderMarkdown({ ...base, seed: [row(100_000, 50, 20)] }))).toMatch(
      /0\.40× at 100000 \| \*\*not met\*\*/,
    );
  });

  it("says when 100k was not run, or failed, rather than judging a smaller size", () => {
    expect(goalLine(renderMarkdown({ ...base, seed: [row(5000, 2, 1)] }))).toMatch(/not run at 100k; 0\.50× at 5000/);
    const failed = renderMarkdown({ ...base, seed: [row(5000, 2, 1), seedResult(100_000, [], "out of memory")] });
    expect(goalLine(failed)).toMatch(/failed at 100k; 0\.50× at 5000 \| not measured/);
    expect(failed).toMatch(/\| 100000 \| – \| failed: out of memory/);
  });

  it("names the Neo4j the loader ran on and how long each part took", () => {
    const md = renderMarkdown({ ...base, seed: [row(1000, 1, 1)] });
    expect(md).toContain("Neo4j for this part: embedded, -Xmx3g.");
    expect(md).toContain("seed 600, total 1500");
  });
});
