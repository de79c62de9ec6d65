/**
 * npm run bench [-- --quick] [-- --only api,web,seed,bundle]: measures the API against the raw
 * driver, the loader against a plain write, and the explorer against plain Cytoscape and sigma.js,
 * side by side in one run, and writes bench/results.json and bench/RESULTS.md.
 */
import { execFileSync, execSync } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import type { Graph } from "@pg/api/contract";
import * as prettier from "prettier";
import { writeSynthetic } from "@pg/seed/synthetic";
import { loadApi, loadRaw, routeCases } from "./api-bench";
import { initialJs } from "./bundle";
import { launchBenchChromium } from "./lib/browser";
import { clearDatabase, connect, loadFiles } from "./lib/data";
import { clusteredPositions } from "./lib/positions";
import { REPO_ROOT, startApi, startNeo4j, type ApiHandle } from "./lib/stack";
import { serveBenchPages } from "./lib/static-server";
import { growthExponent, round, spread } from "./lib/stats";
import { measurePage, type Variant, type WebRun } from "./measure-web";
import { renderMarkdown } from "./report";
import type { ApiResult, GrowthPoint, Results, SeedResult, WebResult } from "./results";
import { seedRun, syntheticFiles } from "./seed-bench";
import { buildBenchPages, type BaselineVariant } from "./web/build";
import type { BenchGraph } from "./web/bench-graph";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const onlyArg = args.find((a) => a.startsWith("--only="))?.slice(7);
const only = new Set(onlyArg ? onlyArg.split(",") : ["bundle", "api", "web", "seed"]);
const RUNS = Number(args.find((a) => a.startsWith("--runs="))?.slice(7) ?? 5);
const PLAN = quick
  ? { apiSeconds: 3, connections: 50, seedSizes: [1000, 5000], webSizes: [1000, 5000], panSeconds: 1.5 }
  : {
      apiSeconds: 10,
      connections: 50,
      seedSizes: [1000, 10_000, 30_000, 100_000],
      webSizes: [1000, 5000, 20_000],
      panSeconds: 3,
    };
const VARIANTS: Variant[] = ["app", "cytoscape-defaults", "sigma"];
const WORK = join(REPO_ROOT, ".data", `bench-${process.pid}`);
const log = (...parts: unknown[]) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);

const results: Results = {
  commit:
    git("rev-parse", "HEAD") +
    (git("status", "--porcelain", "--untracked-files=no") ? " (with uncommitted changes)" : ""),
  date: new Date().toISOString(),
  quick,
  runs: RUNS,
  machine: {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memory_gb: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    load_average_at_start: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" "),
  },
  api: [],
  seed: [],
  web: [],
  bundle: { initial_js_gzip_kb: Number.NaN, files: [] },
  growth: {
    api_graph_exponent: Number.NaN,
    first_render_exponent: Number.NaN,
    api_graph_cold_exponent: Number.NaN,
    baseline_first_render_exponents: {},
    points: [],
  },
};

function git(...a: string[]): string {
  try {
    return execFileSync("git", a, { cwd: REPO_ROOT, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

const API_ENV = { CYPHER_RATE_LIMIT_PER_MINUTE: "100000" };

async function main() {
  await mkdir(WORK, { recursive: true });
  const neo = await startNeo4j(join(WORK, "neo4j"));
  const driver = connect(neo);
  let api: ApiHandle | undefined;
  try {
    const { records } = await driver.executeQuery(
      "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition AS e",
    );
    results.machine.neo4j = `${records[0]?.get("v")} ${records[0]?.get("e")} (embedded, -Xmx512m)`;

    if (only.has("bundle") || only.has("web")) {
      log("building web/dist");
      execSync("npm run build -w web", { cwd: REPO_ROOT, stdio: "ignore" });
      const bundle = await initialJs(join(REPO_ROOT, "web", "dist"));
      results.bundle = {
        initial_js_gzip_kb: round(bundle.totalKb, 1),
        files: bundle.files.map((f) => ({ ...f, gzip_kb: round(f.gzip_kb, 1) })),
      };
      log("bundle", results.bundle.initial_js_gzip_kb, "KB gzip");
    }

    log("loading the report dataset");
    await clearDatabase(driver);
    await loadFiles(driver);
    api = await startApi(neo, API_ENV);

    if (only.has("api")) {
      for (const c of routeCases({ node: "gran", from: "gran-elementary-school-1", to: "lugazi", search: "Mukono" })) {
        const apiRuns: Awaited<ReturnType<typeof loadApi>>[] = [];
        const rawRuns: Awaited<ReturnType<typeof loadRaw>>[] = [];
        // Warm up both sides (query plans, the API's snapshot) outside the measured runs.
        await loadApi(api.url, c, 1, 1);
        await loadRaw(driver, c, 1, 0.001);
        for (let i = 0; i < RUNS; i++) {
          apiRuns.push(await loadApi(api.url, c, PLAN.connections, PLAN.apiSeconds));
          rawRuns.push(await loadRaw(driver, c, PLAN.connections, PLAN.apiSeconds));
        }
        const p50 = spread(apiRuns.map((r) => r.p50_ms));
        const raw = spread(rawRuns.map((r) => r.p50_ms));
        const ratio = spread(apiRuns.map((r, i) => r.p50_ms / (rawRuns[i]?.p50_ms ?? Number.NaN)));
        const entry: ApiResult = {
          route: c.route,
          p50_ms: round(p50.median),
          p99_ms: round(spread(apiRuns.map((r) => r.p99_ms)).median),
          rps: round(spread(apiRuns.map((r) => r.rps)).median, 0),
          raw_p50_ms: round(raw.median),
          overhead_ratio: round(ratio.median),
          detail: {
            p50,
            p99: spread(apiRuns.map((r) => r.p99_ms)),
            rps: spread(apiRuns.map((r) => r.rps)),
            raw_p50: raw,
            raw_p99: spread(rawRuns.map((r) => r.p99_ms)),
            ratio,
            errors: apiRuns.reduce((s, r) => s + r.errors, 0) + rawRuns.reduce((s, r) => s + r.errors, 0),
          },
        };
        results.api.push(entry);
        log(
          "api",
          c.route,
          `p50 ${entry.p50_ms} ms, raw ${entry.raw_p50_ms} ms, ratio ${entry.overhead_ratio}, errors ${entry.detail.errors}`,
        );
      }
    }

    if (only.has("web")) {
      const pagesDir = join(WORK, "pages");
      await buildBenchPages(pagesDir);
      const graphs = new Map<string, BenchGraph>();
      const pages = await serveBenchPages(pagesDir, graphs);
      const browser = await launchBenchChromium();
      results.machine.chromium = browser.version();
      try {
        const measureGraph = async (name: string) => {
          if (!api) throw new Error("no API");
          const graph = (await (await fetch(`${api.url}/api/graph`)).json()) as Graph;
          graphs.set(name, clusteredPositions(graph));
          const runs = new Map<Variant, WebRun[]>(VARIANTS.map((v) => [v, []]));
          const errors = new Map<Variant, string[]>(VARIANTS.map((v) => [v, []]));
          for (let i = 0; i < RUNS; i++) {
            for (const variant of VARIANTS) {
              const url =
                variant === "app" ? `${api.url}/` : `${pages.url}/${variant as BaselineVariant}.html?g=${name}`;
              try {
                runs.get(variant)?.push(await measurePage(browser, url, variant, { panSeconds: PLAN.panSeconds }));
              } catch (error) {
                errors.get(variant)?.push(String(error instanceof Error ? error.message : error).slice(0, 300));
              }
            }
          }
          for (const variant of VARIANTS) {
            const r = runs.get(variant) ?? [];
            const first = spread(r.map((x) => x.first_render_ms));
            const entry: WebResult = {
              graph: name,
              nodes: graph.nodes.length,
              edges: graph.relationships.length,
              variant,
              renderer: r[0]?.renderer ?? (variant === "sigma" ? "webgl" : "canvas"),
              first_render_ms: round(first.median, 0),
              layout_ms: round(spread(r.map((x) => x.layout_ms)).median, 0),
              pan_fps: round(spread(r.map((x) => x.pan_fps)).median, 1),
              detail: {
                first_render: first,
                layout: spread(r.map((x) => x.layout_ms)),
                pan_fps: spread(r.map((x) => x.pan_fps)),
                longest_task_ms: spread(r.map((x) => x.longest_task_ms)),
                long_tasks_over_200ms: r.reduce((s, x) => s + x.long_tasks_over_200ms, 0),
                nodes_drawn: r[0]?.nodes_drawn ?? 0,
                errors: errors.get(variant) ?? [],
              },
            };
            results.web.push(entry);
            log(
              "web",
              name,
              variant,
              `first ${entry.first_render_ms} ms, layout ${entry.layout_ms} ms, pan ${entry.pan_fps} fps, longest task ${entry.detail.longest_task_ms.median} ms${entry.detail.errors.length ? `, ${entry.detail.errors.length} failed: ${entry.detail.errors[0]}` : ""}`,
            );
          }
          graphs.delete(name);
        };

        await measureGraph("report");
        for (const size of PLAN.webSizes) {
          await api.stop();
          api = undefined;
          log(`loading synthetic ${size} nodes (2 relationships per node)`);
          const files = await writeSynthetic(join(WORK, `web-${size}`), { nodes: size, seed: 1, edgesPerNode: 2 });
          await clearDatabase(driver);
          await loadFiles(driver, files);
          api = await startApi(neo, API_ENV);
          results.growth.points.push(await graphGrowthPoint(api, driver, size));
          await measureGraph(`synthetic-${size}`);
        }
      } finally {
        await browser.close();
        await pages.close();
      }
      const synthetic = (variant: Variant) =>
        results.web
          .filter((w) => w.variant === variant && w.graph.startsWith("synthetic-"))
          .map((w) => ({ x: w.nodes, y: w.first_render_ms }));
      results.growth.first_render_exponent = round(growthExponent(synthetic("app")));
      results.growth.baseline_first_render_exponents = {
        "cytoscape-defaults": round(growthExponent(synthetic("cytoscape-defaults"))),
        sigma: round(growthExponent(synthetic("sigma"))),
      };
      results.growth.api_graph_exponent = round(
        growthExponent(results.growth.points.map((p) => ({ x: p.nodes, y: p.api_graph_warm_p50_ms.median }))),
      );
      results.growth.api_graph_cold_exponent = round(
        growthExponent(results.growth.points.map((p) => ({ x: p.nodes, y: p.api_graph_cold_ms }))),
      );
    }

    if (api) {
      await api.stop();
      api = undefined;
    }

    if (only.has("seed")) {
      for (const size of PLAN.seedSizes) {
        log(`seed: synthetic ${size} nodes`);
        const files = await syntheticFiles(WORK, size);
        const runs = [];
        let error: string | undefined;
        for (let i = 0; i < RUNS && !error; i++) {
          try {
            runs.push(await seedRun(driver, files));
          } catch (e) {
            error = String(e instanceof Error ? e.message : e).slice(0, 400);
          }
        }
        const first = runs[0];
        if (!first) {
          results.seed.push({
            nodes: size,
            relationships: 0,
            loader_nodes_per_s: 0,
            baseline_nodes_per_s: 0,
            ratio: 0,
            detail: { error: error ?? "no run" },
          });
          log("seed", size, "failed:", error);
          continue;
        }
        const loader = spread(runs.map((r) => r.loaderSeconds));
        const baseline = spread(runs.map((r) => r.baselineSeconds));
        const ratio = spread(runs.map((r) => r.baselineSeconds / r.loaderSeconds));
        const entry: SeedResult = {
          nodes: first.nodes,
          relationships: first.relationships,
          loader_nodes_per_s: round(first.nodes / loader.median, 0),
          baseline_nodes_per_s: round(first.nodes / baseline.median, 0),
          ratio: round(ratio.median),
          detail: { loader_s: loader, baseline_s: baseline, ratio },
        };
        results.seed.push(entry);
        log(
          "seed",
          size,
          `loader ${entry.loader_nodes_per_s}/s, baseline ${entry.baseline_nodes_per_s}/s, ratio ${entry.ratio}${error ? `, then failed: ${error}` : ""}`,
        );
      }
      await clearDatabase(driver);
    }
  } finally {
    // Whatever was measured is written, even when a later part failed.
    await writeFile(join(REPO_ROOT, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
    const markdownFile = join(REPO_ROOT, "bench", "RESULTS.md");
    // Formatted as the repo's prettier would, so `npm run lint` passes on the generated file.
    const options = (await prettier.resolveConfig(markdownFile)) ?? {};
    await writeFile(markdownFile, await prettier.format(renderMarkdown(results), { ...options, parser: "markdown" }));
    log("wrote bench/results.json and bench/RESULTS.md");
    if (api) await api.stop();
    await driver.close();
    await neo.stop();
    await rm(WORK, { recursive: true, force: true });
  }
}

/** /api/graph at one size: the first request (snapshot and metrics built) and warm ones, and the raw queries. */
async function graphGrowthPoint(
  api: ApiHandle,
  driver: ReturnType<typeof connect>,
  nodes: number,
): Promise<GrowthPoint> {
  const timed = async (f: () => Promise<unknown>) => {
    const t = performance.now();
    await f();
    return performance.now() - t;
  };
  const get = () => fetch(`${api.url}/api/graph`).then((r) => r.arrayBuffer());
  const cold = await timed(get);
  const warm = [];
  for (let i = 0; i < RUNS; i++) warm.push(await timed(get));
  const [graphCase] = routeCases({ node: "x", from: "x", to: "y", search: "x" });
  const raw = [];
  for (let i = 0; i < RUNS; i++)
    raw.push((await loadRaw(driver, graphCase as NonNullable<typeof graphCase>, 1, 0.001)).p50_ms);
  const point = { nodes, api_graph_warm_p50_ms: spread(warm), api_graph_cold_ms: cold, raw_graph_ms: spread(raw) };
  log(
    "growth",
    nodes,
    `cold ${round(cold)} ms, warm ${round(point.api_graph_warm_p50_ms.median)} ms, raw ${round(point.raw_graph_ms.median)} ms`,
  );
  return point;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
