import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../report";
import { noFigures, type Results, type SeedResult, type WebResult } from "../results";
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

describe("RESULTS.md, Drawing the graph", () => {
  const web = (graph: string, variant: WebResult["variant"], picture: number | undefined, settled: number) => {
    const s = (v: number) => ({ median: v, min: v, max: v, runs: 5 });
    return {
      graph,
      nodes: graph === "report" ? 280 : 5000,
      edges: 1,
      variant,
      renderer: "canvas" as const,
      ...(picture === undefined ? {} : { first_picture_ms: picture }),
      first_render_ms: settled,
      layout_ms: 1,
      pan_fps: 5,
      detail: {
        ...(picture === undefined ? {} : { first_picture: s(picture) }),
        first_render: s(settled),
        layout: s(1),
        pan_fps: s(5),
        longest_task_ms: s(100),
        long_tasks_over_200ms: 0,
        nodes_drawn: 1,
        errors: [],
      },
    };
  };
  const line = (md: string, text: string) => md.split("\n").find((l) => l.includes(text)) ?? "";

  it("judges time to screen by the first picture, and shows both it and the settled time", () => {
    const md = renderMarkdown({
      ...base,
      web: [
        web("report", "app", 900, 2500),
        web("synthetic-5000", "app", 1500, 6000),
        web("synthetic-5000", "cytoscape-defaults", 1800, 2000),
        web("synthetic-5000", "sigma", 600, 700),
      ],
    });
    expect(line(md, "report graph laid out on screen")).toMatch(/900 ms \(max 900\) \| \*\*met\*\*/);
    expect(line(md, "5000 nodes: app first picture")).toMatch(/app 1500 ms vs 600 ms \(2\.50×\) \| \*\*not met\*\*/);
    expect(md).toMatch(/\| report \| 280 \| 1 \| app \| canvas \| 900 \(900–900\) \| 2500 \(2500–2500\) \|/);
  });

  it("does not judge results that have no first picture (measured before it was)", () => {
    const md = renderMarkdown({ ...base, web: [web("report", "app", undefined, 900)] });
    expect(line(md, "report graph laid out on screen")).toMatch(/\| – \|/);
    expect(md).toMatch(/\| report \| 280 \| 1 \| app \| canvas \| – \| 900 \(900–900\) \|/);
  });

  it("shows how long a panned view took to be drawn again and a click to show, and a dash where not measured", () => {
    const s = (v: number) => ({ median: v, min: v, max: v, runs: 5 });
    const panned = web("synthetic-5000", "app", 1500, 6000);
    const md = renderMarkdown({
      ...base,
      web: [
        { ...panned, redraw_ms: 420, click_ms: 150, detail: { ...panned.detail, redraw: s(420), click: s(150) } },
        web("report", "app", 900, 900),
      ],
    });
    expect(md).toContain("| pan/zoom fps | redrawn ms | click ms |");
    expect(md).toMatch(
      /\| synthetic-5000 \| 5000 \| 1 \| app \| .* \| 5\.0 \(5\.0–5\.0\) \| 420 \(420–420\) \| 150 \(150–150\) \| 100 \(100–100\) \|/,
    );
    expect(md).toMatch(/\| report \| 280 \| 1 \| app \| .* \| 5\.0 \(5\.0–5\.0\) \| – \| – \| 100 \(100–100\) \|/);
  });
});
