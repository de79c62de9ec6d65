// A big graph (past PREVIEW_MIN_NODES) pans and zooms by moving the last picture and is drawn again
// once the hand rests: the picture follows the mouse, wheel and keys with no Cytoscape frame in
// between, lands where Cytoscape then draws it, and a click still selects the node under it.
import type { Graph } from "@pg/api/contract";
import type { Core } from "cytoscape";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import "../../test-support/provided-context";
import { explorerPages, nodeOnPage, shot } from "./explorer-page";

const baseURL = inject("baseURL");
const pages = explorerPages();

const SIDE = 50;
/** A 50 × 50 grid of organisations, each tied to its right and lower neighbour. */
function gridGraph(): { graph: Graph; layout: unknown } {
  const id = (i: number) => `grid-${i}`;
  const nodes = Array.from({ length: SIDE * SIDE }, (_, i) => ({
    id: id(i),
    type: "Organisation" as const,
    name: `Organisation ${i}`,
    summary: `Organisation number ${i} of a test grid.`,
    properties: { country: i % 2 ? "Norway" : "Uganda" },
  }));
  const relationships = nodes.flatMap((_, i) =>
    [i % SIDE < SIDE - 1 ? i + 1 : -1, i + SIDE < SIDE * SIDE ? i + SIDE : -1]
      .filter((j) => j >= 0)
      .map((j) => ({
        id: `${id(i)}|CONNECTED_TO|${id(j)}`,
        type: "CONNECTED_TO" as const,
        from: id(i),
        to: id(j),
        section: "1.1",
        quote: null,
        properties: {},
      })),
  );
  const positions = nodes.map((n, i) => [n.id, (i % SIDE) * 60, Math.floor(i / SIDE) * 60]);
  return { graph: { nodes, relationships }, layout: { version: "grid", positions, ms: 1 } };
}

type CyWindow = { __cy: Core };
const camera = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as CyWindow).__cy;
    return { zoom: cy.zoom(), pan: { ...cy.pan() } };
  });
/** The CSS transforms on Cytoscape's canvases, one per layer. */
const transforms = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll(".canvas canvas")].map((c) => (c as HTMLElement).style.transform));
/** The shift of each canvas, rounded to a tenth of a pixel, or null when it is not a plain shift. */
const shifts = async (page: Page) =>
  (await transforms(page)).map((t) => {
    const m = /^translate\((-?[\d.e-]+)px, (-?[\d.e-]+)px\) scale\(1\)$/.exec(t);
    return m ? [Math.round(Number(m[1]) * 10) / 10, Math.round(Number(m[2]) * 10) / 10] : null;
  });
/** Cytoscape frames drawn since the last call. */
const framesSince = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as CyWindow & { __frames?: number };
    if (w.__frames === undefined) w.__cy.on("render", () => (w.__frames = (w.__frames ?? 0) + 1));
    const n = w.__frames ?? 0;
    w.__frames = 0;
    return n;
  });
/** Until Cytoscape has drawn nothing for half a second (it goes on filling its caches after a move). */
async function still(page: Page, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  await framesSince(page);
  for (;;) {
    await page.waitForTimeout(500);
    if ((await framesSince(page)) === 0) return;
    if (Date.now() > until) throw new Error(`Cytoscape was still drawing after ${timeoutMs} ms`);
  }
}

describe("a big graph's pan and zoom", () => {
  let page: Page;
  let box: { x: number; y: number; width: number; height: number };
  beforeAll(async () => {
    const { graph, layout } = gridGraph();
    page = await pages.blank();
    await page.route("**/api/graph", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(graph) }),
    );
    await page.route("**/api/layout", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(layout) }),
    );
    // The details of a grid node, for the details panel of a selection.
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    await page.route("**/api/nodes/*", (route) => {
      const node = byId.get(decodeURIComponent(new URL(route.request().url()).pathname.split("/").pop() ?? ""));
      const body = node ? { node, labels: ["Organisation"], evidence: [], neighbours: [] } : null;
      return route.fulfill({ status: node ? 200 : 404, contentType: "application/json", body: JSON.stringify(body) });
    });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${baseURL}/`);
    await page.waitForSelector('.canvas[data-ready="true"]', { timeout: 60_000 });
    box = (await page.locator(".canvas").boundingBox())!;
    await still(page);
  });
  afterAll(() => page.close());

  it("a drag moves the picture with the mouse, and Cytoscape draws the new view once it is let go", async () => {
    const before = await camera(page);
    const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(from.x, from.y);
    // A node under the pointer is hovered (a frame): before the drag starts.
    await still(page);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + 15 * i, from.y + 8 * i);
    // Mid-drag: the canvases are moved by 150, 80 and nothing was drawn.
    await expect.poll(() => shifts(page)).toEqual(Array(3).fill([150, 80]));
    expect(await framesSince(page)).toBe(0);
    expect(await camera(page)).toEqual(before);
    await shot(page, "30-big-graph-mid-drag");
    await page.mouse.up();
    await expect.poll(async () => (await camera(page)).pan.x).toBeCloseTo(before.pan.x + 150, 6);
    const after = await camera(page);
    expect(after.zoom).toBe(before.zoom);
    expect(after.pan.y).toBeCloseTo(before.pan.y + 80, 6);
    await expect.poll(() => transforms(page)).toEqual(["", "", ""]);
    expect(await framesSince(page)).toBeGreaterThan(0);
    // The link holds the new view.
    await expect.poll(() => Number(new URL(page.url()).searchParams.get("x"))).toBeCloseTo(before.pan.x + 150, 0);
    await still(page);
  });

  it("the wheel zooms about the pointer: the node under it stays under it", async () => {
    const before = await camera(page);
    const at = await nodeOnPage(page, "grid-1275");
    await page.mouse.move(at.x, at.y);
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -120);
    await expect.poll(async () => (await camera(page)).zoom).toBeGreaterThan(before.zoom * 1.3);
    await expect.poll(() => transforms(page)).toEqual(["", "", ""]);
    const after = await nodeOnPage(page, "grid-1275");
    expect(Math.abs(after.x - at.x)).toBeLessThan(1);
    expect(Math.abs(after.y - at.y)).toBeLessThan(1);
    await still(page);
  });

  it("a click still selects the node under the pointer, and the background clears it", async () => {
    const at = await nodeOnPage(page, "grid-1276");
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.locator("#details-title").textContent()).toBe("Organisation 1276");
    await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe("grid-1276");
    // In the middle of a square of the grid.
    const a = await nodeOnPage(page, "grid-1276");
    const b = await nodeOnPage(page, "grid-1327");
    await page.mouse.click((a.x + b.x) / 2, (a.y + b.y) / 2);
    await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe(null);
    await still(page);
  });

  it("arrow keys and + and - move the view the same way", async () => {
    const before = await camera(page);
    await page.locator(".canvas").focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(async () => (await camera(page)).pan.x).toBeCloseTo(before.pan.x + 120, 6);
    expect((await camera(page)).pan.y).toBeCloseTo(before.pan.y, 6);
    await page.keyboard.press("-");
    await expect.poll(async () => (await camera(page)).zoom).toBeCloseTo(before.zoom / 1.25, 6);
    await expect.poll(() => transforms(page)).toEqual(["", "", ""]);
  });

  it("a drag that comes back where it began leaves nothing pending: the hovered node is highlighted", async () => {
    const at = await nodeOnPage(page, "grid-1330");
    await page.mouse.move(at.x + 200, at.y + 200);
    await still(page);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(at.x + 200 + 20 * i, at.y + 200);
    for (let i = 4; i >= 0; i--) await page.mouse.move(at.x + 200 + 20 * i, at.y + 200);
    await page.mouse.up();
    await page.waitForTimeout(400);
    expect(await transforms(page)).toEqual(["", "", ""]);
    await page.mouse.move(at.x, at.y);
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as CyWindow).__cy.getElementById("grid-1330").hasClass("hover")),
      )
      .toBe(true);
    await page.mouse.move(box.x + 5, box.y + box.height - 5);
  });

  it("logged no console errors", () => {
    expect(pages.problems).toEqual([]);
  });
});
