// A big graph seen whole is drawn by the overview sketch, not by Cytoscape: in its types' colours, moved
// with the hand, ringing the selection; close up and in exports Cytoscape draws it.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import "../../test-support/provided-context";
import { explorerPages, nodeOnPage, shot } from "./explorer-page";
import {
  camera,
  type CyWindow,
  framesSince,
  NOT_MOVED,
  openBigGrid,
  ORGANISATION,
  pixelOf,
  SELECTED,
  shifts,
  still,
  transforms,
} from "./big-graph-page";

const pages = explorerPages();

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
    ({ page, box } = await openBigGrid(pages, 60));
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
