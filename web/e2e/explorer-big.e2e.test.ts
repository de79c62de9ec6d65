// A big graph (past PREVIEW_MIN_NODES) pans and zooms by moving the last picture and is drawn again
// once the hand rests: the picture follows the mouse, wheel and keys with no Cytoscape frame in
// between, lands where Cytoscape then draws it, and a click still selects the node under it.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import "../../test-support/provided-context";
import { explorerPages, nodeOnPage, shot } from "./explorer-page";
import {
  camera,
  cytoscapePixel,
  type CyWindow,
  framesSince,
  MUTED_EDGE,
  NOT_MOVED,
  openBigGrid,
  ORGANISATION,
  rgbaOf,
  shifts,
  still,
  transforms,
} from "./big-graph-page";

const pages = explorerPages();

describe("a big graph's pan and zoom", () => {
  let page: Page;
  let box: { x: number; y: number; width: number; height: number };
  beforeAll(async () => {
    // 2500 nodes: past PREVIEW_MIN_NODES, and not past SKETCH_MIN_VIEW_NODES, so Cytoscape draws it.
    ({ page, box } = await openBigGrid(pages, 50));
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
