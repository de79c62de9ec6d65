/**
 * npm run bench [-- --quick] [-- --only api,web,seed,bundle] [-- --runs N]: measures the API against the
 * raw driver, the loader against a plain write, and the explorer against plain Cytoscape and sigma.js,
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
import { benchPlan, parseBenchArgs, PARTS } from "./lib/args";
import { launchBenchChromium } from "./lib/browser";
import { clearDatabase, connect, loadFiles } from "./lib/data";
import { clusteredPositions } from "./lib/positions";
import { REPO_ROOT, startApi, startNeo4j, type ApiHandle, type Neo4jHandle } from "./lib/stack";
import { serveBenchPages } from "./lib/static-server";
import { growthExponent, round, spread } from "./lib/stats";
import { measurePage, type Variant, type WebRun } from "./measure-web";
import { renderMarkdown } from "./report";
import { noFigures, type ApiResult, type GrowthPoint, type Results, type WebResult } from "./results";
import { seedBench } from "./seed-bench";
import { buildBenchPages, type BaselineVariant } from "./web/build";
import type { BenchGraph } from "./web/bench-graph";

const {
  quick,
  only,
  runs: RUNS,
} = (() => {
  try {
    return parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
})();
const PLAN = benchPlan(quick);
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
  parts: [...only],
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
  ...noFigures(),
};

function git(...a: string[]): string {
  try {
    return execFileSync("git", a, { cwd: REPO_ROOT, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

const API_ENV = { CYPHER_RATE_LIMIT_PER_MINUTE: "100000" };

const durations: Record<string, number> = {};
results.durations_s = durations;

async function timed<T>(part: string, body: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await body();
  } finally {
    durations[part] = round((performance.now() - started) / 1000, 1);
    log(`${part} took ${durations[part]} s`);
  }
}

async function main() {
  const started = performance.now();
  await mkdir(WORK, { recursive: true });
  try {
    if (only.has("bundle") || only.has("web")) await timed("build", buildWeb);
    if (only.has("api") || only.has("web")) await apiAndWeb();
    else if (only.has("seed")) await seedPart();
  } finally {
    durations.total = round((performance.now() - started) / 1000, 1);
    // Whatever was measured is written, even when a later part failed. A run of some parts only does not
    // replace the committed figures of every part: it writes to .data/bench-results/ instead.
    const outDir = only.size === PARTS.length ? join(REPO_ROOT, "bench") : join(REPO_ROOT, ".data", "bench-results");
    await mkdir(outDir, { recursive: true });
    await writeFile(join(outDir, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
    const markdownFile = join(outDir, "RESULTS.md");
    // Formatted as the repo's prettier would, so `npm run lint` passes on the generated file.
    const options = (await prettier.resolveConfig(markdownFile)) ?? {};
    await writeFile(markdownFile, await prettier.format(renderMarkdown(results), { ...options, parser: "markdown" }));
    log(`wrote ${outDir}/results.json and RESULTS.md`, JSON.stringify(durations));
    await rm(WORK, { recursive: true, force: true });
  }
}

async function seedPart(apiNeo4j?: Neo4jHandle) {
  const shared = apiNeo4j && { neo4j: apiNeo4j, description: `the API's, ${results.machine.neo4j}` };
  const seed = await timed("seed", () =>
    seedBench({ work: WORK, sizes: PLAN.seedSizes, runs: RUNS, log, ...(shared ? { shared } : {}) }),
  );
  results.seed = seed.results;
  results.machine.neo4j_seed = seed.neo4j;
}

async function buildWeb() {
  log("building web/dist");
  execSync("npm run build -w web", { cwd: REPO_ROOT, stdio: "ignore" });
  const bundle = await initialJs(join(REPO_ROOT, "web", "dist"));
  results.bundle = {
    initial_js_gzip_kb: round(bundle.totalKb, 1),
    files: bundle.files.map((f) => ({ ...f, gzip_kb: round(f.gzip_kb, 1) })),
  };
  log("bundle", results.bundle.initial_js_gzip_kb, "KB gzip");
}

/** The API and the explorer, on a Neo4j as `npm start` runs it, the report dataset loaded. */
async function apiAndWeb() {
  const { neo, driver } = await timed("neo4j", async () => {
    const neo = await startNeo4j(join(WORK, "neo4j"));
    const driver = connect(neo);
    const { records } = await driver.executeQuery(
      "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition AS e",
    );
    results.machine.neo4j = `${records[0]?.get("v")} ${records[0]?.get("e")} (embedded, -Xmx512m)`;
    log("loading the report dataset");
    await clearDatabase(driver);
    await loadFiles(driver);
    return { neo, driver };
  });
  // The web part restarts the API for each synthetic graph: whichever runs last is stopped here.
  const stack: { api?: ApiHandle } = {};
  try {
    const api = await startApi(neo, API_ENV);
    stack.api = api;
    if (only.has("api")) await timed("api", () => apiPart(api, driver));
    if (only.has("web")) await timed("web", () => webPart(stack, neo, driver));
    await stack.api?.stop();
    stack.api = undefined;
    if (only.has("seed")) await seedPart(PLAN.seedOnApiNeo4j ? neo : undefined);
  } finally {
    await stack.api?.stop();
    await driver.close();
    await neo.stop();
  }
}

async function apiPart(api: ApiHandle, driver: ReturnType<typeof connect>) {
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

async function webPart(stack: { api?: ApiHandle }, neo: Neo4jHandle, driver: ReturnType<typeof connect>) {
  const pagesDir = join(WORK, "pages");
  await buildBenchPages(pagesDir);
  const graphs = new Map<string, BenchGraph>();
  const pages = await serveBenchPages(pagesDir, graphs);
  const browser = await launchBenchChromium();
  results.machine.chromium = browser.version();
  try {
    const measureGraph = async (name: string, variants: Variant[]) => {
      const api = stack.api;
      if (!api) throw new Error("no API");
      const graph = (await (await fetch(`${api.url}/api/graph`)).json()) as Graph;
      graphs.set(name, clusteredPositions(graph));
      const runs = new Map<Variant, WebRun[]>(variants.map((v) => [v, []]));
      const errors = new Map<Variant, string[]>(variants.map((v) => [v, []]));
      for (let i = 0; i < RUNS; i++) {
        for (const variant of variants) {
          const url = variant === "app" ? `${api.url}/` : `${pages.url}/${variant as BaselineVariant}.html?g=${name}`;
          try {
            runs.get(variant)?.push(
              await measurePage(browser, url, variant, {
                panSeconds: PLAN.panSeconds,
                timeoutMs: PLAN.pageTimeoutMs,
              }),
            );
          } catch (error) {
            errors.get(variant)?.push(String(error instanceof Error ? error.message : error).slice(0, 300));
          }
        }
      }
      for (const variant of variants) {
        const r = runs.get(variant) ?? [];
        const first = spread(r.map((x) => x.first_render_ms));
        const picture = spread(r.map((x) => x.first_picture_ms));
        const entry: WebResult = {
          graph: name,
          nodes: graph.nodes.length,
          edges: graph.relationships.length,
          variant,
          renderer: r[0]?.renderer ?? (variant === "sigma" ? "webgl" : "canvas"),
          first_picture_ms: round(picture.median, 0),
          first_render_ms: round(first.median, 0),
          layout_ms: round(spread(r.map((x) => x.layout_ms)).median, 0),
          pan_fps: round(spread(r.map((x) => x.pan_fps)).median, 1),
          redraw_ms: round(spread(r.map((x) => x.redraw_ms)).median, 0),
          ...(variant === "sigma" ? {} : { click_ms: round(spread(r.map((x) => x.click_ms)).median, 0) }),
          detail: {
            first_picture: picture,
            first_render: first,
            layout: spread(r.map((x) => x.layout_ms)),
            pan_fps: spread(r.map((x) => x.pan_fps)),
            redraw: spread(r.map((x) => x.redraw_ms)),
            ...(variant === "sigma" ? {} : { click: spread(r.map((x) => x.click_ms)) }),
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
          `picture ${entry.first_picture_ms} ms, settled ${entry.first_render_ms} ms, layout ${entry.layout_ms} ms, pan ${entry.pan_fps} fps, redrawn after ${entry.redraw_ms} ms, click ${entry.click_ms ?? "–"} ms, longest task ${entry.detail.longest_task_ms.median} ms${entry.detail.errors.length ? `, ${entry.detail.errors.length} failed: ${entry.detail.errors[0]}` : ""}`,
        );
      }
      graphs.delete(name);
    };

    await measureGraph("report", PLAN.reportVariants);
    // Sizes not drawn serve only the growth of /api/graph (in --quick).
    const sizes = [...new Set([...PLAN.webSizes, ...PLAN.growthOnlySizes])].sort((a, b) => a - b);
    for (const size of sizes) {
      await stack.api?.stop();
      stack.api = undefined;
      log(`loading synthetic ${size} nodes (2 relationships per node)`);
      const files = await writeSynthetic(join(WORK, `web-${size}`), { nodes: size, seed: 1, edgesPerNode: 2 });
      await clearDatabase(driver);
      // The API's Neo4j keeps the users' 128 MB transaction cap, which 20k nodes exceed in one transaction;
      // this load only sets the graph up (the loader is measured in the seed part), so it goes in batches.
      await loadFiles(driver, files, "neo4j", 2000);
      const api = await startApi(neo, API_ENV);
      stack.api = api;
      results.growth.points.push(await graphGrowthPoint(api, driver, size));
      if (PLAN.webSizes.includes(size)) await measureGraph(`synthetic-${size}`, VARIANTS);
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

/** /api/graph at one size: the first request (snapshot and metrics built) and warm ones, and the raw queries. */
async function graphGrowthPoint(
  api: ApiHandle,
  driver: ReturnType<typeof connect>,
  nodes: number,
): Promise<GrowthPoint> {
  const clock = async (f: () => Promise<unknown>) => {
    const t = performance.now();
    await f();
    return performance.now() - t;
  };
  const get = () => fetch(`${api.url}/api/graph`).then((r) => r.arrayBuffer());
  const cold = await clock(get);
  const warm = [];
  for (let i = 0; i < RUNS; i++) warm.push(await clock(get));
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
