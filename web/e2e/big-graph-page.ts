// What the big-graph browser tests share: graphs made to measure (a grid, a star) served in place of the
// API, and readings of what is on the canvases: pixels, the camera, the canvases' shifts, Cytoscape's frames.
import type { Graph } from "@pg/api/contract";
import type { Core } from "cytoscape";
import type { Page } from "playwright-core";
import { inject } from "vitest";
import "../../test-support/provided-context";
import type { ExplorerPages } from "./explorer-page";

/** A side × side grid of organisations, each tied to its right and lower neighbour, 60 apart. */
export function gridGraph(SIDE: number): { graph: Graph; layout: unknown } {
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

export type CyWindow = { __cy: Core };
/** The legend's colour of an organisation, and the selection's outline (node-styles.ts, styles.ts). */
export const ORGANISATION = "#1f5fa8";
export const SELECTED = "#d4691e";
/** The colour and opacity (0-255 each) at a point of the page on a canvas of the graph. */
export const rgbaOf = (page: Page, selector: string, at: { x: number; y: number }) =>
  page.evaluate(
    ({ selector, at }) => {
      const c = document.querySelector<HTMLCanvasElement>(selector)!;
      const r = c.getBoundingClientRect();
      const scale = c.width / r.width;
      const x = Math.round((at.x - r.left) * scale);
      return [...c.getContext("2d")!.getImageData(x, Math.round((at.y - r.top) * scale), 1, 1).data];
    },
    { selector, at },
  );
/** The colour (#rrggbb) at a point of the page on a canvas of the graph: Cytoscape's node layer or the sketch. */
export const pixelOf = async (page: Page, selector: string, at: { x: number; y: number }) =>
  `#${(await rgbaOf(page, selector, at))
    .slice(0, 3)
    .map((v) => v.toString(16).padStart(2, "0"))
    .join("")}`;
/** A plain edge's grey, MUTED_EDGE in styles.ts. */
export const MUTED_EDGE = [0xbc, 0xc4, 0xcc];
export const cytoscapePixel = (page: Page, at: { x: number; y: number }) =>
  pixelOf(page, '.canvas canvas[data-id="layer2-node"]', at);
export const NOT_MOVED = ["", "", "", ""];
export const camera = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as CyWindow).__cy;
    return { zoom: cy.zoom(), pan: { ...cy.pan() } };
  });
/** The CSS transforms on the canvases: Cytoscape's three layers and the overview sketch. */
export const transforms = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll(".canvas canvas")].map((c) => (c as HTMLElement).style.transform));
/** The shift of each canvas, rounded to a tenth of a pixel, or null when it is not a plain shift. */
export const shifts = async (page: Page) =>
  (await transforms(page)).map((t) => {
    const m = /^translate\((-?[\d.e-]+)px, (-?[\d.e-]+)px\) scale\(1\)$/.exec(t);
    return m ? [Math.round(Number(m[1]) * 10) / 10, Math.round(Number(m[2]) * 10) / 10] : null;
  });
/** Cytoscape frames drawn since the last call. */
export const framesSince = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as CyWindow & { __frames?: number };
    if (w.__frames === undefined) w.__cy.on("render", () => (w.__frames = (w.__frames ?? 0) + 1));
    const n = w.__frames ?? 0;
    w.__frames = 0;
    return n;
  });
/** Until Cytoscape has drawn nothing for half a second (it goes on filling its caches after a move). */
export async function still(page: Page, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  await framesSince(page);
  for (;;) {
    await page.waitForTimeout(500);
    if ((await framesSince(page)) === 0) return;
    if (Date.now() > until) throw new Error(`Cytoscape was still drawing after ${timeoutMs} ms`);
  }
}

/** A hub tied to `leaves` organisations around it, each by the same kind of relationship. */
export function starGraph(leaves: number): { graph: Graph; layout: unknown } {
  const nodes = ["hub", ...Array.from({ length: leaves }, (_, i) => `leaf-${i}`)].map((id) => ({
    id,
    type: "Organisation" as const,
    name: id === "hub" ? "The hub" : `Organisation ${id.slice(5).padStart(2, "0")}`,
    summary: `${id} of a test star.`,
    properties: {},
  }));
  const relationships = nodes.slice(1).map((n) => ({
    id: `${n.id}|CONNECTED_TO|hub`,
    type: "CONNECTED_TO" as const,
    from: n.id,
    to: "hub",
    section: "1.1",
    quote: null,
    properties: {},
  }));
  const positions = nodes.map((n, i) => [n.id, i ? 300 * Math.cos(i / 5) : 0, i ? 300 * Math.sin(i / 5) : 0]);
  return { graph: { nodes, relationships }, layout: { version: "star", positions, ms: 1 } };
}

/** The explorer on `graph` served in place of the API, at `query`, once drawn and still. */
export async function openBigGraph(
  pages: ExplorerPages,
  { graph, layout }: { graph: Graph; layout: unknown },
  query = "",
): Promise<Page> {
  const page = await pages.blank();
  await page.route("**/api/graph", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(graph) }),
  );
  await page.route("**/api/layout", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(layout) }),
  );
  // The details of a node, for the details panel of a selection.
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  await page.route("**/api/nodes/*", (route) => {
    const node = byId.get(decodeURIComponent(new URL(route.request().url()).pathname.split("/").pop() ?? ""));
    const body = node ? { node, labels: ["Organisation"], evidence: [], neighbours: [] } : null;
    return route.fulfill({ status: node ? 200 : 404, contentType: "application/json", body: JSON.stringify(body) });
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${inject("baseURL")}/${query}`);
  await page.waitForSelector('.canvas[data-ready="true"]', { timeout: 60_000 });
  await still(page);
  return page;
}

/** The explorer on a side × side grid, once drawn and still, and where its canvas is on the page. */
export async function openBigGrid(
  pages: ExplorerPages,
  side: number,
): Promise<{ page: Page; box: { x: number; y: number; width: number; height: number } }> {
  const page = await openBigGraph(pages, gridGraph(side));
  return { page, box: (await page.locator(".canvas").boundingBox())! };
}
