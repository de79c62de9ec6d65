// A big /api/graph answer is checked against the contract in a worker while the page parses it: a good
// one is drawn, a bad one says so in the page (never a blank screen). The answers are made here, big in
// bytes (long summaries) but small in nodes, so the test stays quick.
import type { Graph } from "@pg/api/contract";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import "../../test-support/provided-context";
import { explorerPages, drawnIds, shot } from "./explorer-page";

const baseURL = inject("baseURL");
const pages = explorerPages();

const COUNT = 40;
/** Past OFF_THREAD_MIN_BYTES in web/src/lib/response-check.ts: answers this big are checked in the worker. */
const BIG_CHARS = 2_500_000;
function bigGraph(): Graph {
  const summary = "A long summary that makes the answer big. ".repeat(Math.ceil(BIG_CHARS / COUNT / 40));
  const nodes = Array.from({ length: COUNT }, (_, i) => ({
    id: `big-${i}`,
    type: "Organisation" as const,
    name: `Big organisation ${i}`,
    summary,
    properties: { country: i % 2 ? "Norway" : "Uganda" },
  }));
  const relationships = nodes.slice(1).map((n, i) => ({
    id: `big-${i}|CONNECTED_TO|${n.id}`,
    type: "CONNECTED_TO" as const,
    from: `big-${i}`,
    to: n.id,
    section: "1.1",
    quote: null,
    properties: {},
  }));
  return { nodes, relationships };
}

/**
 * Opens the explorer with /api/graph answered by `body`, as on a browser's first visit (no GPU's name
 * remembered); notes which workers started.
 */
async function openWith(body: unknown): Promise<{ page: Page; workers: string[] }> {
  const page = await pages.blank();
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  await page.addInitScript(() => localStorage.removeItem("pg:webgl-renderer"));
  await page.route("**/api/graph", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(body) }),
  );
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${baseURL}/`);
  return { page, workers };
}

describe("big answers of /api/graph", () => {
  it("are checked in a worker and drawn when they hold to the contract", async () => {
    const graph = bigGraph();
    expect(JSON.stringify(graph).length).toBeGreaterThan(BIG_CHARS);
    const { page, workers } = await openWith(graph);
    await page.waitForSelector('.canvas[data-ready="true"]', { timeout: 30_000 });
    expect(await drawnIds(page)).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(workers.some((u) => u.includes("response-check"))).toBe(true);
    await page.close();
  });

  it("have the GPU's name asked in a worker of its own meanwhile, and remembered for the canvas", async () => {
    const { page, workers } = await openWith(bigGraph());
    await page.waitForSelector('.canvas[data-ready="true"]', { timeout: 30_000 });
    expect(workers.some((u) => u.includes("renderer-probe"))).toBe(true);
    // What renderer-choice.ts remembers; here Chromium's software rasteriser, so the canvas renderer.
    const remembered = () =>
      page.evaluate(() => JSON.parse(localStorage.getItem("pg:webgl-renderer") ?? "null") as { renderer?: unknown });
    await expect.poll(async () => typeof (await remembered())?.renderer, { timeout: 10_000 }).toBe("string");
    expect(String((await remembered()).renderer)).toMatch(/swiftshader|llvmpipe|software/i);
    await page.close();
  });

  it("say in the page that the answer was not understood when they break it", async () => {
    const graph = bigGraph();
    const bad = { ...graph, nodes: graph.nodes.map((n, i) => (i === 7 ? { ...n, type: "Spaceship" } : n)) };
    const { page, workers } = await openWith(bad);
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain("was not understood");
    expect(await alert.textContent()).toContain("The graph could not be loaded");
    expect(await page.getByRole("button", { name: "Try again" }).isVisible()).toBe(true);
    expect(workers.some((u) => u.includes("response-check"))).toBe(true);
    await shot(page, "08-bad-graph-answer");
    await page.close();
  });

  it("the graph and its layout are fetched once each, starting from the page's head", async () => {
    const page = await pages.blank();
    const asked: string[] = [];
    const warnings: string[] = [];
    page.on("request", (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith("/api/")) asked.push(path);
    });
    page.on("console", (m) => {
      if (m.type() === "warning") warnings.push(m.text());
    });
    await pages.goto(page, "");
    // The preloads are the only requests: the app's fetch() took their answers rather than asking again.
    expect(asked.filter((p) => p === "/api/graph" || p === "/api/layout").sort()).toEqual([
      "/api/graph",
      "/api/layout",
    ]);
    const started = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((e) => e as PerformanceResourceTiming)
        .filter((e) => /\/api\/(graph|layout)$/.test(e.name))
        .map((e) => e.initiatorType),
    );
    expect(started).toEqual(["link", "link"]);
    expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
    await page.close();
  });

  it("logged no console errors", () => {
    expect(pages.problems).toEqual([]);
  });
});
