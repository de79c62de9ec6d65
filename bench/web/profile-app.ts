/**
 * The web part of the bench for one graph, without Neo4j: a built explorer (web/dist, or --dist) served
 * with a saved /api/graph answer (bench/web/capture-graphs.ts), beside the two baselines on the same
 * graph, in one run. With --profile, also writes a CPU profile of one app load plus pan and zoom, and
 * prints where its time went. For the quick loop of making the explorer draw faster.
 *
 * npx tsx bench/web/profile-app.ts --graph=synthetic-5000 [--runs=3] [--variants=app,sigma] [--pan=1.5]
 *   [--graphs-dir=.data/web-graphs] [--dist=web/dist] [--profile=/tmp/app.cpuprofile] [--port=4200]
 *   [--no-server-layout] [--before-dist=dir: another build measured beside it as "app-before", served as
 *   the API was before /api/layout existed]
 */
import { readFile, writeFile, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import os from "node:os";
import { join } from "node:path";
import type { Graph, NodeDetails } from "@pg/api/contract";
import { FORCE_LAYOUT_MAX_NODES } from "@pg/api/contract/layout";
import { computeForceLayout } from "../../api/src/layout/force-layout";
import { launchBenchChromium } from "../lib/browser";
import { clusteredPositions } from "../lib/positions";
import { REPO_ROOT } from "../lib/stack";
import { sendFile, serveBenchPages } from "../lib/static-server";
import { spread } from "../lib/stats";
import { measurePage, type Variant, type WebRun } from "../measure-web";
import type { BenchGraph } from "./bench-graph";
import { buildBenchPages } from "./build";

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const graphName = arg("graph", "report");
const runs = Number(arg("runs", "3"));
const variants = arg("variants", "app,cytoscape-defaults,sigma").split(",") as Variant[];
const panSeconds = Number(arg("pan", "1.5"));
const graphsDir = arg("graphs-dir", join(REPO_ROOT, ".data", "web-graphs"));
const dist = arg("dist", join(REPO_ROOT, "web", "dist"));
const profileOut = arg("profile", "");
const beforeDist = arg("before-dist", "");
const port = Number(arg("port", "4200"));

/**
 * `/api/nodes/{id}` as the API answers it, from the saved graph (no evidence: the saved graph has only
 * the quotes on relationships): a click in the app opens the details panel with every neighbour.
 */
function nodeDetails(graph: Graph): (id: string) => NodeDetails | null {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return (id) => {
    const node = byId.get(id);
    if (!node) return null;
    const groups = new Map<string, NodeDetails["neighbours"][number]["neighbours"]>();
    for (const r of graph.relationships) {
      if (r.from !== id && r.to !== id) continue;
      const other = byId.get(r.from === id ? r.to : r.from);
      if (!other) continue;
      const group = groups.get(r.type) ?? groups.set(r.type, []).get(r.type)!;
      group.push({ direction: r.from === id ? "out" : "in", relationship: r, node: other });
    }
    return {
      node,
      labels: ["Entity", node.type],
      evidence: [],
      neighbours: [...groups].map(([type, neighbours]) => ({ type, neighbours })),
    };
  };
}

async function serveApp(graphBody: string, layoutBody: string | null, dist: string, port: number) {
  const details = nodeDetails(JSON.parse(graphBody) as Graph);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/api/graph") return res.writeHead(200, { "content-type": "application/json" }).end(graphBody);
    const nodeId = /^\/api\/nodes\/([^/]+)$/.exec(url.pathname)?.[1];
    const found = nodeId === undefined ? null : details(decodeURIComponent(nodeId));
    if (found) return res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(found));
    if (url.pathname === "/api/layout" && layoutBody)
      return res.writeHead(200, { "content-type": "application/json" }).end(layoutBody);
    if (url.pathname === "/api/health")
      return res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}');
    if (url.pathname.startsWith("/api/"))
      return res
        .writeHead(404, { "content-type": "application/json" })
        .end('{"error":{"code":"NOT_FOUND","message":"not served by profile-app"}}');
    return sendFile(res, dist, url.pathname === "/" ? "/index.html" : url.pathname);
  });
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Self time per function, the biggest first. */
function summarise(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, top = 40): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    if (!n) return;
    const f = n.callFrame;
    const key = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  return [
    `total ${total.toFixed(0)} ms`,
    ...[...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, ms]) => `${ms.toFixed(0).padStart(7)} ms  ${k}`),
  ].join("\n");
}

async function main() {
  const graphBody = await readFile(join(graphsDir, `${graphName}.json`), "utf8");
  const graph = JSON.parse(graphBody) as Graph;
  // As the API serves it once computed (warm): --no-server-layout leaves the browser to compute it.
  let layoutBody: string | null = null;
  if (!process.argv.includes("--no-server-layout") && graph.nodes.length <= FORCE_LAYOUT_MAX_NODES) {
    const { rows, ms } = await computeForceLayout(graph);
    layoutBody = JSON.stringify({ version: "profile", positions: rows, ms: Math.round(ms) });
    console.log(`server layout computed in ${Math.round(ms)} ms`);
  }
  const app = await serveApp(graphBody, layoutBody, dist, port);
  const before = beforeDist ? await serveApp(graphBody, null, beforeDist, port + 1) : null;
  const pagesDir = await mkdtemp(join(os.tmpdir(), "pg-bench-pages-"));
  await buildBenchPages(pagesDir);
  const pages = await serveBenchPages(pagesDir, new Map<string, BenchGraph>([[graphName, clusteredPositions(graph)]]));
  const browser = await launchBenchChromium();
  console.log(`${graphName}: ${graph.nodes.length} nodes, ${graph.relationships.length} edges; load ${os.loadavg()}`);
  try {
    if (profileOut) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
      await cdp.send("Profiler.start");
      const t0 = Date.now();
      await page.goto(`${app.url}/`, { waitUntil: "load" });
      await page.waitForSelector('.canvas[data-ready="true"]', { timeout: 120_000 });
      console.log(`data-ready after ${Date.now() - t0} ms`);
      await page.waitForTimeout(1500);
      for (let i = 0; i < 3; i++) {
        await page.mouse.move(640, 400);
        await page.mouse.down();
        for (let s = 0; s < 10; s++) await page.mouse.move(640 + 12 * s, 400 + 8 * s);
        await page.mouse.up();
        for (let w = 0; w < 4; w++) await page.mouse.wheel(0, i % 2 ? 120 : -120);
      }
      await page.waitForTimeout(500);
      const { profile } = (await cdp.send("Profiler.stop")) as unknown as {
        profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
      };
      await writeFile(profileOut, JSON.stringify(profile));
      console.log(summarise(profile));
      await context.close();
    }
    const all: string[] = before ? ["app-before", ...variants] : variants;
    const results = new Map<string, WebRun[]>(all.map((v) => [v, []]));
    for (let i = 0; i < runs; i++)
      for (const v of all) {
        const url =
          v === "app"
            ? `${app.url}/`
            : v === "app-before"
              ? `${before?.url}/`
              : `${pages.url}/${v}.html?g=${graphName}`;
        try {
          const as: Variant = v === "app-before" ? "app" : (v as Variant);
          results.get(v)?.push(await measurePage(browser, url, as, { panSeconds }));
        } catch (e) {
          console.log(v, "failed:", e instanceof Error ? e.message : e);
        }
      }
    for (const [v, r] of results) {
      const med = (f: (x: WebRun) => number) => Math.round(spread(r.map(f)).median * 10) / 10;
      console.log(
        `${v.padEnd(20)} picture ${med((x) => x.first_picture_ms)} ms  settled ${med((x) => x.first_render_ms)} ms  layout ${med((x) => x.layout_ms)} ms  pan ${med(
          (x) => x.pan_fps,
        )} fps  redrawn ${med((x) => x.redraw_ms)} ms  click ${med((x) => x.click_ms)} ms  longest task ${med((x) => x.longest_task_ms)} ms  (${r.map((x) => Math.round(x.first_render_ms)).join(", ")})`,
      );
    }
    console.log(`load ${os.loadavg().map((l) => l.toFixed(2))}`);
  } finally {
    await browser.close();
    await pages.close();
    await app.close();
    await before?.close();
    await rm(pagesDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
