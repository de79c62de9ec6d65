// /api/layout past fcose's limit, on the real database: a synthetic network a little over FCOSE_MAX_NODES,
// loaded with the seed's loader, is laid out with ForceAtlas2 in the API's worker thread while the API
// keeps answering, one finite, spread-out position per node of /api/graph, the same every time.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadDataset } from "@pg/seed/load";
import { readReportText, reportSections, writeSynthetic } from "@pg/seed/synthetic";
import { GraphResponse, Health } from "../src/contract";
import { FCOSE_MAX_NODES, FORCE_LAYOUT_MAX_NODES, LayoutResponse } from "../src/contract/layout";
import type { PositionRow } from "../src/layout/run-fcose";
import { FORCE_ATLAS2, runForceAtlas2, serverLayoutInput } from "../src/layout/run-forceatlas2";
import { body, connection, driverFor, reseed, testApp } from "./support";

/** Network nodes wanted: just past fcose's limit, so the test is as quick as ForceAtlas2 at its smallest. */
const NETWORK_NODES = FCOSE_MAX_NODES + 100;

const conn = connection();
let driver: Driver;
let app: FastifyInstance | undefined;
let dir: string | undefined;

beforeAll(async () => {
  driver = driverFor(conn);
  dir = await mkdtemp(path.join(tmpdir(), "pg-forceatlas2-"));
  // The generator's node count includes the report's Section nodes, which /api/graph leaves out.
  const sections = reportSections(readReportText()).length;
  const files = await writeSynthetic(dir, { nodes: NETWORK_NODES + sections, seed: 6 });
  await loadDataset(driver, { files, replace: true, database: conn.database });
  app = await testApp();
}, 120_000);

afterAll(async () => {
  try {
    await app?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  } finally {
    // The next test files rely on the report dataset.
    await reseed(driver, conn);
    await driver.close();
  }
}, 120_000);

/** Positions by node id; `+ 0` turns -0 into 0, as JSON does on the way from the API. */
const byId = (rows: readonly PositionRow[]) => new Map(rows.map(([id, x, y]) => [id, [x + 0, y + 0]]));

const inject = (url: string) => {
  if (!app) throw new Error("the app did not start");
  return app.inject({ url });
};

it("lays out every node with ForceAtlas2 in a worker thread, the API answering meanwhile", async () => {
  const graph = body(GraphResponse, await inject("/api/graph"));
  expect(graph.nodes.length).toBe(NETWORK_NODES);
  expect(graph.nodes.length).toBeGreaterThan(FCOSE_MAX_NODES);
  expect(graph.nodes.length).toBeLessThanOrEqual(FORCE_LAYOUT_MAX_NODES);

  // While the layout is computed, the event loop keeps turning (no stall anywhere near the layout's
  // own time, as there would be if it ran on the loop) and another route answers before it is done.
  let [ticks, last, longestStall] = [0, performance.now(), 0];
  const timer = setInterval(() => {
    const now = performance.now();
    [ticks, last, longestStall] = [ticks + 1, now, Math.max(longestStall, now - last)];
  }, 5);
  let layoutDone = false;
  const pending = inject("/api/layout").then((response) => {
    layoutDone = true;
    return response;
  });
  const health = body(Health, await inject("/api/health"));
  const answeredDuringLayout = !layoutDone;
  const layout = body(LayoutResponse, await pending);
  clearInterval(timer);
  expect(health.status).toBe("ok");
  expect(answeredDuringLayout).toBe(true);
  expect(ticks).toBeGreaterThan(10);
  expect(longestStall).toBeLessThan(layout.ms / 2);

  expect(layout.version).toBe(graph.version);
  expect(layout.ms).toBeGreaterThan(0);
  expect(layout.positions).toHaveLength(graph.nodes.length);
  expect(new Set(layout.positions.map(([id]) => id))).toEqual(new Set(graph.nodes.map((n) => n.id)));
  expect(layout.positions.every(([, x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);

  // Spread over the picture, not piled up: ForceAtlas2's picture is scaled so its wider side is
  // √n × nodeSpacing around (0, 0) (fcose's is not), and almost every node has a spot of its own.
  const xs = layout.positions.map(([, x]) => x);
  const ys = layout.positions.map(([, , y]) => y);
  const [width, height] = [Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)];
  const side = Math.sqrt(graph.nodes.length) * FORCE_ATLAS2.nodeSpacing;
  expect(Math.max(width, height)).toBeCloseTo(side, -1);
  expect(Math.min(width, height)).toBeGreaterThan(side / 3);
  expect(Math.abs(Math.max(...xs) + Math.min(...xs))).toBeLessThan(1);
  expect(Math.abs(Math.max(...ys) + Math.min(...ys))).toBeLessThan(1);
  const spots = new Set(layout.positions.map(([, x, y]) => `${Math.round(x / 10)},${Math.round(y / 10)}`));
  expect(spots.size).toBeGreaterThan(graph.nodes.length * 0.9);

  // The same picture as ForceAtlas2 run here on the graph the API serves: the route's method, and
  // deterministic (computed again outside the API's cache and thread, it comes out identical).
  const input = serverLayoutInput(graph);
  expect(input.options).toEqual(FORCE_ATLAS2);
  expect(byId(layout.positions)).toEqual(byId(runForceAtlas2(input)));

  // Computed once per dataset version: the next request gets the same answer, timing included.
  expect(body(LayoutResponse, await inject("/api/layout"))).toEqual(layout);
}, 120_000);
