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

/** A side × side grid of organisations, each tied to its right and lower neighbour, 60 apart. */
function gridGraph(SIDE: number): { graph: Graph; layout: unknown } {
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
/** The legend's colour of an organisation, and the selection's outline (node-styles.ts, styles.ts). */
const ORGANISATION = "#1f5fa8";
const SELECTED = "#d4691e";
/** The colour and opacity (0-255 each) at a point of the page on a canvas of the graph. */
const rgbaOf = (page: Page, selector: string, at: { x: number; y: number }) =>
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
const pixelOf = async (page: Page, selector: string, at: { x: number; y: number }) =>
  `#${(await rgbaOf(page, selector, at))
    .slice(0, 3)
    .map((v) => v.toString(16).padStart(2, "0"))
    .join("")}`;
/** A plain edge's grey, MUTED_EDGE in styles.ts. */
const MUTED_EDGE = [0xbc, 0xc4, 0xcc];
const cytoscapePixel = (page: Page, at: { x: number; y: number }) =>
  pixelOf(page, '.canvas canvas[data-id="layer2-node"]', at);
const NOT_MOVED = ["", "", "", ""];
const camera = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as CyWindow).__cy;
    return { zoom: cy.zoom(), pan: { ...cy.pan() } };
  });
/** The CSS transforms on the canvases: Cytoscape's three layers and the overview sketch. */
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

/** A hub tied to `leaves` organisations around it, each by the same kind of relationship. */
function starGraph(leaves: number): { graph: Graph; layout: unknown } {
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

/** The explorer on a grid graph served in place of the API, once drawn and still. */
const openGrid = (side: number) => openGraph(gridGraph(side));

/** The explorer on `graph` served in place of the API, at `query`, once drawn and still. */
async function openGraph({ graph, layout }: { graph: Graph; layout: unknown }, query = ""): Promise<Page> {
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
  await page.goto(`${baseURL}/${query}`);
  await page.waitForSelector('.canvas[data-ready="true"]', { timeout: 60_000 });
  await still(page);
  return page;
}

describe("a big graph's pan and zoom", () => {
  let page: Page;
  let box: { x: number; y: number; width: number; height: number };
  beforeAll(async () => {
    // 2500 nodes: past PREVIEW_MIN_NODES, and not past SKETCH_MIN_VIEW_NODES, so Cytoscape draws it.
    page = await openGrid(50);
    box = (await page.locator(".canvas").boundingBox())!;
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
    await expect.poll(() => shifts(page)).toEqual(Array(4).fill([150, 80]));
    expect(await framesSince(page)).toBe(0);
    expect(await camera(page)).toEqual(before);
    await shot(page, "30-big-graph-mid-drag");
    await page.mouse.up();
    await expect.poll(async () => (await camera(page)).pan.x).toBeCloseTo(before.pan.x + 150, 6);
    const after = await camera(page);
    expect(after.zoom).toBe(before.zoom);
    expect(after.pan.y).toBeCloseTo(before.pan.y + 80, 6);
    await expect.poll(() => transforms(page)).toEqual(NOT_MOVED);
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
    await expect.poll(() => transforms(page)).toEqual(NOT_MOVED);
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
    await expect.poll(() => transforms(page)).toEqual(NOT_MOVED);
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
    expect(await transforms(page)).toEqual(NOT_MOVED);
    await page.mouse.move(at.x, at.y);
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as CyWindow).__cy.getElementById("grid-1330").hasClass("hover")),
      )
      .toBe(true);
    // The cursor says it can be clicked; set around Cytoscape's container, whose attributes it watches.
    expect(await page.locator(".canvas-wrap").evaluate((e) => (e as HTMLElement).style.cursor)).toBe("pointer");
    await page.mouse.move(box.x + 5, box.y + box.height - 5);
    await expect.poll(() => page.locator(".canvas-wrap").evaluate((e) => (e as HTMLElement).style.cursor)).toBe("");
  });

  it("close up, a node at the edge of the view is drawn and takes a click, and a selection fades nothing", async () => {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // Ten notches: about four times closer, some fifty nodes in view. Cytoscape draws and hit-tests only
    // what is near the view (viewport-culling.ts).
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -120);
    await expect.poll(() => transforms(page)).toEqual(NOT_MOVED);
    await still(page);
    // The node furthest right whose centre is still on the canvas: most of it is past the view's edge.
    const id = await page.evaluate((width) => {
      let best = { id: "", x: -Infinity };
      (window as unknown as CyWindow).__cy.nodes().forEach((n) => {
        const p = n.renderedPosition();
        if (p.x < width - 3 && p.x > best.x && p.y > 100 && p.y < 700) best = { id: n.id(), x: p.x };
      });
      return best.id;
    }, box.width);
    const at = await nodeOnPage(page, id);
    expect(at.x).toBeGreaterThan(box.x + box.width - 60);
    expect(await cytoscapePixel(page, { x: at.x + 1, y: at.y })).toBe(ORGANISATION);
    // The line to its left neighbour, a plain edge, stroked with the others in one path (plain-elements.ts).
    const left = await nodeOnPage(page, `grid-${Number(id.split("-")[1]) - 1}`);
    const line = await rgbaOf(page, '.canvas canvas[data-id="layer2-node"]', { x: (at.x + left.x) / 2, y: at.y });
    expect(line[3]).toBeGreaterThan(0);
    expect(MUTED_EDGE.map((v, i) => Math.abs(v - (line[i] ?? 0)) <= 24)).toEqual([true, true, true]);
    // A hover's labels and a selection's z-index no longer sort every element again (z-order.ts): the
    // list stays the same, the selection moved to its place, drawn over the rest, as Cytoscape's own
    // sort (forced at the end) puts it.
    const zOrder = (sortAnew = false) =>
      page.evaluate((sortAnew) => {
        type Ele = { id(): string };
        type List = Ele[] & { interactive: Ele[] };
        type Renderer = { getCachedZSortedEles(force?: boolean): List };
        const w = window as unknown as CyWindow & { __z?: unknown };
        const r = (w.__cy as unknown as { renderer(): Renderer }).renderer();
        const list = r.getCachedZSortedEles();
        const same = list === w.__z;
        w.__z = list;
        const ids = (l: Ele[]) => l.map((e) => e.id()).join(" ");
        const full = sortAnew ? (Object.getPrototypeOf(r) as Renderer).getCachedZSortedEles.call(r, true) : null;
        return {
          same,
          last: list[list.length - 1]?.id(),
          asSorted: full ? ids(full) === ids(list) && ids(full.interactive) === ids(list.interactive) : null,
        };
      }, sortAnew);
    await zOrder();
    await page.mouse.move(at.x + 1, at.y);
    await expect
      .poll(() => page.evaluate((id) => (window as unknown as CyWindow).__cy.$id(id).hasClass("hover"), id))
      .toBe(true);
    await still(page);
    expect((await zOrder()).same).toBe(true);
    await page.mouse.click(at.x + 1, at.y);
    await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe(id);
    await still(page);
    expect(await zOrder(true)).toEqual({ same: true, last: id, asSorted: true });
    // A big graph marks the selection's relationships, and leaves the rest as it was: fading it restyles
    // every element.
    const marked = await page.evaluate((id) => {
      const cy = (window as unknown as CyWindow).__cy;
      return { faded: cy.$(".faded").length, picked: cy.edges(".picked").length, degree: cy.$id(id).degree(false) };
    }, id);
    expect(marked.faded).toBe(0);
    expect(marked.picked).toBe(marked.degree);
    // In the middle of the grid's square up and to the left of it: the background.
    const corner = await nodeOnPage(page, `grid-${Number(id.split("-")[1]) - 51}`);
    await page.mouse.click((at.x + corner.x) / 2, (at.y + corner.y) / 2);
    await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe(null);
    await page.locator(".canvas").focus();
    await page.keyboard.press("0");
    await expect.poll(() => transforms(page)).toEqual(NOT_MOVED);
    await still(page);
  });

  it("logged no console errors", () => {
    expect(pages.problems).toEqual([]);
  });
});

/** Whether the overview sketch or Cytoscape's canvases are on screen. */
const shown = (page: Page) =>
  page.evaluate(() => {
    const all = [...document.querySelectorAll<HTMLCanvasElement>(".canvas canvas")];
    const sketch = all.find((c) => c.classList.contains("overview-sketch"));
    const cytoscape = all.filter((c) => c !== sketch).map((c) => c.style.visibility !== "hidden");
    return { sketch: sketch?.style.visibility === "visible", cytoscape: cytoscape.every(Boolean) };
  });
const sketchPixel = (page: Page, at: { x: number; y: number }) => pixelOf(page, ".overview-sketch", at);

describe("a big graph seen whole, drawn as a sketch", () => {
  let page: Page;
  let box: { x: number; y: number; width: number; height: number };
  beforeAll(async () => {
    // 3600 nodes, all in view once fitted: past SKETCH_MIN_VIEW_NODES.
    page = await openGrid(60);
    box = (await page.locator(".canvas").boundingBox())!;
  });
  afterAll(() => page.close());

  it("is drawn by the sketch, each node in its type's colour, and by Cytoscape once zoomed in close", async () => {
    expect(await shown(page)).toEqual({ sketch: true, cytoscape: false });
    expect(await sketchPixel(page, await nodeOnPage(page, "grid-1830"))).toBe(ORGANISATION);
    await shot(page, "32-big-graph-sketch");
    const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(middle.x, middle.y);
    // Six notches: about 2.3 times closer, a fifth of the nodes in view.
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -120);
    await expect.poll(() => shown(page)).toEqual({ sketch: false, cytoscape: true });
    await expect.poll(() => transforms(page)).toEqual(NOT_MOVED);
    await still(page);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 120);
    await expect.poll(() => shown(page)).toEqual({ sketch: true, cytoscape: false });
    await expect.poll(() => transforms(page)).toEqual(NOT_MOVED);
    await still(page);
  });

  it("a drag moves the sketch with the mouse, and it is drawn again where it was let go", async () => {
    const before = await camera(page);
    const from = { x: box.x + 40, y: box.y + box.height - 40 };
    await page.mouse.move(from.x, from.y);
    await still(page);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + 10 * i, from.y - 5 * i);
    await expect.poll(() => shifts(page)).toEqual(Array(4).fill([100, -50]));
    expect(await framesSince(page)).toBe(0);
    await page.mouse.up();
    await expect.poll(async () => (await camera(page)).pan.x).toBeCloseTo(before.pan.x + 100, 6);
    await expect.poll(() => transforms(page)).toEqual(NOT_MOVED);
    expect(await shown(page)).toEqual({ sketch: true, cytoscape: false });
    const at = await nodeOnPage(page, "grid-1830");
    expect(await sketchPixel(page, at)).toBe(ORGANISATION);
    await still(page);
  });

  it("a click on a node selects it, and the sketch rings it in the selection's colour", async () => {
    const at = await nodeOnPage(page, "grid-1830");
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.locator("#details-title").textContent()).toBe("Organisation 1830");
    const { zoom } = await camera(page);
    // The ring: 2 px outside the node's edge, 3 px wide.
    const ring = { x: at.x + (30 * zoom) / 2 + 2, y: at.y };
    await expect.poll(() => sketchPixel(page, ring)).toBe(SELECTED);
    // The view's tools stay over the sketch, which the drag above moved under them. The sketch lets the
    // pointer through, so for the look-up it is made to catch it: whatever is on top answers.
    const fit = (await page.getByRole("button", { name: "Fit to screen" }).boundingBox())!;
    const onTop = await page.evaluate(
      ({ x, y }) => {
        const sketch = document.querySelector<HTMLCanvasElement>(".overview-sketch")!;
        sketch.style.pointerEvents = "auto";
        const top = document.elementFromPoint(x, y);
        sketch.style.pointerEvents = "none";
        return top?.closest("button")?.textContent?.trim() ?? top?.className ?? null;
      },
      { x: fit.x + fit.width / 2, y: fit.y + fit.height / 2 },
    );
    expect(onTop).toBe("Fit to screen");
    await shot(page, "33-big-graph-sketch-selection");
    await page.mouse.click(box.x + 5, box.y + box.height - 5);
    await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe(null);
    await expect.poll(() => sketchPixel(page, ring)).not.toBe(SELECTED);
    await still(page);
  });

  it("an export is still drawn by Cytoscape, with every node", async () => {
    const png = await page.evaluate(async () => {
      const blob = await (window as unknown as CyWindow).__cy.png({ output: "blob-promise", full: true });
      const img = await createImageBitmap(blob);
      return { size: blob.size, width: img.width, height: img.height };
    });
    expect(png.size).toBeGreaterThan(10_000);
    // The whole 60 × 60 grid, 60 apart, at zoom 1: about 3570 px square.
    expect(png.width).toBeGreaterThan(3500);
    expect(png.height).toBeGreaterThan(3500);
    expect(await shown(page)).toEqual({ sketch: true, cytoscape: false });
  });

  it("logged no console errors", () => {
    expect(pages.problems).toEqual([]);
  });
});

describe("a hub's details", () => {
  it("list twenty connections of a kind, and all of them on request", async () => {
    const page = await openGraph(starGraph(30), "?sel=hub");
    const details = page.locator("article.details");
    const items = details.locator(".neighbours li");
    await expect.poll(() => items.count()).toBe(20);
    // In name order: the first twenty.
    await expect.poll(() => items.first().textContent()).toContain("Organisation 00");
    const more = details.getByRole("button", { name: "Show all 30" });
    expect(await more.getAttribute("aria-expanded")).toBe("false");
    await more.scrollIntoViewIfNeeded();
    await shot(page, "hub-details");
    await more.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => items.count()).toBe(30);
    const fewer = details.getByRole("button", { name: "Show fewer" });
    expect(await fewer.getAttribute("aria-expanded")).toBe("true");
    // The same button, still where the keyboard is.
    expect(await fewer.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => items.count()).toBe(20);
    await page.close();
    expect(pages.problems).toEqual([]);
  });
});
