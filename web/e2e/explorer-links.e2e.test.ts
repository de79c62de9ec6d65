// Links into the explorer: a link with a viewport shows exactly that viewport; a link that names a
// selection but no viewport opens on the selection, centred as search's Enter centres it.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import "../../test-support/provided-context";
import { explorerPages, nodeOnPage, shot } from "./explorer-page";

const pages = explorerPages();

type Camera = { zoom: number; pan: { x: number; y: number }; w: number; h: number };
const camera = (page: Page): Promise<Camera> =>
  page.evaluate(() => {
    const cy = (window as unknown as { __cy: import("cytoscape").Core }).__cy;
    return { zoom: cy.zoom(), pan: cy.pan(), w: cy.width(), h: cy.height() };
  });

async function canvasCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator(".canvas").boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe("links", () => {
  it("a selection without a viewport opens centred on the selection at a reading zoom", async () => {
    const whole = await pages.open();
    const overview = await camera(whole);
    await whole.close();

    const page = await pages.open("?sel=lugazi");
    await expect.poll(() => page.locator("#details-title").textContent()).toContain("Lugazi");
    const cam = await camera(page);
    // Closer than the whole network, at the zoom search's Enter uses.
    expect(cam.zoom).toBeGreaterThan(overview.zoom);
    expect(cam.zoom).toBeGreaterThanOrEqual(0.85);
    expect(cam.zoom).toBeLessThanOrEqual(1.6);
    const at = await nodeOnPage(page, "lugazi");
    const mid = await canvasCentre(page);
    expect(Math.abs(at.x - mid.x)).toBeLessThan(3);
    expect(Math.abs(at.y - mid.y)).toBeLessThan(3);
    // The selection's neighbours are drawn around it, highlighted.
    const nearOnScreen = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import("cytoscape").Core }).__cy;
      const ext = cy.extent();
      return cy
        .getElementById("lugazi")
        .neighborhood()
        .nodes()
        .filter((n) => {
          const p = n.position();
          return p.x > ext.x1 && p.x < ext.x2 && p.y > ext.y1 && p.y < ext.y2;
        }).length;
    });
    expect(nearOnScreen).toBeGreaterThan(0);
    await shot(page, "07-link-selection-centred");
    await page.close();
  });

  it("a link with a viewport restores it exactly, selection or not", async () => {
    const page = await pages.open("?sel=lugazi&z=0.42&x=310.5&y=-120.2");
    const cam = await camera(page);
    expect(cam.zoom).toBeCloseTo(0.42, 5);
    expect(cam.pan.x).toBeCloseTo(310.5, 3);
    expect(cam.pan.y).toBeCloseTo(-120.2, 3);
    await shot(page, "07-link-viewport-kept");
    await page.close();
  });

  it("a focus link frames the selection with its neighbours", async () => {
    const page = await pages.open("?sel=lugazi&focus=1");
    const drawn = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import("cytoscape").Core }).__cy;
      const ext = cy.extent();
      const shown = cy
        .nodes()
        .filter((n) => n.visible() && !n.hasClass("tick"))
        .nodes();
      const inside = shown.filter((n) => {
        const p = n.position();
        return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
      });
      return { shown: shown.length, inside: inside.length };
    });
    expect(drawn.shown).toBeGreaterThan(1);
    expect(drawn.inside).toBe(drawn.shown);
    await page.close();
  });

  it("logged no console errors", () => {
    expect(pages.problems).toEqual([]);
  });
});
