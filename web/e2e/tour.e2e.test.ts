// Tours in real Chromium against the real API: the default tour played with the keys a presentation
// clicker sends, and a tour made in the page — a step captured from the explorer, reordered, exported, imported.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Tour } from "../../seed/src/tour-schema";
import { launchChromium } from "../../test-support/browser";
import "../../test-support/provided-context";

const SHOTS = path.resolve(import.meta.dirname, "../../test-output/screenshots");
const baseURL = inject("baseURL");
let context: BrowserContext;
const problems: string[] = [];

async function open(where: string, size = { width: 1280, height: 720 }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(size);
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("dialog", (d) => void d.accept());
  await page.goto(`${baseURL}/${where}`);
  return page;
}

const stepNumber = (page: Page) => page.locator("[data-testid=step-number]").textContent();
const stepTitle = (page: Page) => page.locator("[data-testid=present-step] h2").textContent();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  context = await launchChromium();
});

afterAll(async () => {
  await context?.close();
});

describe("the default tour", () => {
  it("plays with the keyboard, keeps the step in the URL, on a 1280×720 projector", async () => {
    const page = await open("");
    await page.getByRole("button", { name: "Tours" }).click();
    await page.getByRole("button", { name: "Present “Has it been worth it?”" }).click();
    await page.waitForSelector('[data-testid=present][data-ready="true"]', { timeout: 60_000 });
    expect(await stepNumber(page)).toBe("1");
    expect(await stepTitle(page)).toBe("Two municipalities, one programme");
    expect(await page.locator("[data-testid=present-step] blockquote").textContent()).toContain(
      "MIC programme in 2000",
    );
    await page.waitForTimeout(1000);
    await page.screenshot({ path: path.join(SHOTS, "present-step-1.png") });

    await page.keyboard.press("ArrowRight");
    expect(await stepNumber(page)).toBe("2");
    expect(new URL(page.url()).hash).toBe("#present/has-it-been-worth-it/2");
    await page.keyboard.press("Space");
    expect(await stepNumber(page)).toBe("3");
    await page.keyboard.press("PageDown");
    expect(await stepNumber(page)).toBe("4");
    await page.keyboard.press("PageUp");
    expect(await stepNumber(page)).toBe("3");
    await page.keyboard.press("ArrowLeft");
    expect(await stepNumber(page)).toBe("2");
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
    expect(await stepTitle(page)).toBe("Why it stalled");
    await page.waitForTimeout(1200);
    await page.screenshot({ path: path.join(SHOTS, "present-step-6.png") });
    await page.keyboard.press("End");
    expect(await stepNumber(page)).toBe("10");
    await page.keyboard.press("ArrowRight");
    expect(await stepNumber(page)).toBe("10");

    // A link to a step opens the presentation there.
    const again = await open("#present/has-it-been-worth-it/8");
    await again.waitForSelector('[data-testid=present][data-ready="true"]', { timeout: 60_000 });
    expect(await stepTitle(again)).toBe("Five lessons");
    await again.waitForTimeout(1000);
    await again.screenshot({ path: path.join(SHOTS, "present-step-8.png") });
    await again.keyboard.press("Escape");
    await again.waitForSelector("[data-testid=tour-panel]");
    await again.close();
    await page.close();
  });
});

describe("a tour made in the page", () => {
  it("captures views as steps, reorders them, exports and imports the tour", async () => {
    const page = await open("?sel=gran#tours");
    await page.waitForSelector("[data-testid=tour-panel]");
    await expect.poll(() => page.locator("#details-title").textContent()).toContain("Gran");
    await page.getByRole("button", { name: "New tour from this view" }).click();
    const titles = () =>
      page
        .locator("[data-testid=tour-steps] li input")
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(await titles()).toEqual(["Gran municipality"]);

    // Select another node in the explorer (the panel stays open), then capture it.
    const search = page.getByRole("combobox", { name: "Search" });
    await search.fill("Lugazi town");
    await page.waitForSelector("#search-list li");
    await search.press("Enter");
    await expect.poll(() => page.locator("#details-title").textContent()).toContain("Lugazi");
    await page.getByRole("button", { name: "Add the current view as a step" }).click();
    expect(await titles()).toEqual(["Gran municipality", "Lugazi town council"]);

    await page.getByRole("button", { name: "Move step 2 up" }).click();
    expect(await titles()).toEqual(["Lugazi town council", "Gran municipality"]);
    await page.getByLabel("Caption").first().fill("Lugazi joined in 2006.");
    await page.screenshot({ path: path.join(SHOTS, "tour-editor.png") });

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export JSON" }).click();
    const exported = readFileSync(await (await download).path(), "utf8");
    const tour = Tour.parse(JSON.parse(exported));
    expect(tour.steps.map((s) => [s.title, s.view.select])).toEqual([
      ["Lugazi town council", "lugazi"],
      ["Gran municipality", "gran"],
    ]);
    expect(tour.steps[0]?.caption).toBe("Lugazi joined in 2006.");

    await page.getByRole("button", { name: "Delete tour" }).click();
    expect(await page.locator("[data-testid=tour-steps]").count()).toBe(0);

    const file = path.join(tmpdir(), `pg-tour-${Date.now()}.json`);
    writeFileSync(file, exported);
    await page.locator("[data-testid=tour-import]").setInputFiles(file);
    await expect.poll(titles).toEqual(["Lugazi town council", "Gran municipality"]);

    await page.getByRole("button", { name: "Present", exact: true }).click();
    await page.waitForSelector('[data-testid=present][data-ready="true"]', { timeout: 60_000 });
    expect(await stepTitle(page)).toBe("Lugazi town council");
    expect(new URL(page.url()).hash).toMatch(/^#present-mine\//);
    await page.close();
  });

  it("presents a captured step as the explorer showed it: same places, same camera", async () => {
    const page = await open("?sel=lugazi#tours");
    await page.waitForSelector("[data-testid=tour-panel]");
    await page.waitForFunction(
      () => (window as { __pgStats?: () => { drawnAt: number | null } }).__pgStats?.().drawnAt,
    );
    await page.waitForTimeout(1000);
    const ids = ["gran", "mukono", "lugazi"];
    type Shot = { width: number; height: number; at: Record<string, { x: number; y: number }> };
    // A chosen zoom and pan, with Gran to the left of the middle, then what the screen shows.
    const before = await page.evaluate((ids): Shot => {
      const cy = (window as unknown as { __cy: import("cytoscape").Core }).__cy;
      const gran = cy.getElementById("gran").position();
      cy.viewport({ zoom: 1.4, pan: { x: cy.width() * 0.35 - gran.x * 1.4, y: cy.height() * 0.45 - gran.y * 1.4 } });
      const at = Object.fromEntries(ids.map((id) => [id, cy.getElementById(id).renderedPosition()]));
      return { width: cy.width(), height: cy.height(), at };
    }, ids);
    await page.getByRole("button", { name: "New tour from this view" }).click();

    // "Show" brings the explorer back to the step's camera after it has moved.
    const granOnScreen = () =>
      page.evaluate(() =>
        (window as unknown as { __cy: import("cytoscape").Core }).__cy.$id("gran").renderedPosition(),
      );
    await page.evaluate(() =>
      (window as unknown as { __cy: import("cytoscape").Core }).__cy.viewport({ zoom: 0.5, pan: { x: 0, y: 0 } }),
    );
    await page.getByRole("button", { name: "Show" }).first().click();
    await page.waitForTimeout(800);
    const shown = await granOnScreen();
    expect(Math.abs(shown.x - before.at["gran"]!.x)).toBeLessThan(3);
    expect(Math.abs(shown.y - before.at["gran"]!.y)).toBeLessThan(3);

    await page.getByRole("button", { name: "Present", exact: true }).click();
    await page.waitForSelector('[data-testid=present][data-ready="true"]', { timeout: 60_000 });
    await page.waitForTimeout(1200);
    await page.screenshot({ path: path.join(SHOTS, "present-captured-step.png") });
    const after = await page.evaluate((ids): Shot => {
      const cy = (window as unknown as { __presentCy: import("cytoscape").Core }).__presentCy;
      const at = Object.fromEntries(ids.map((id) => [id, cy.getElementById(id).renderedPosition()]));
      return { width: cy.width(), height: cy.height(), at };
    }, ids);
    // The same model centre in the middle, scaled so the captured area fits the presenting stage.
    const scale = Math.min(after.width / before.width, after.height / before.height);
    for (const id of ids) {
      const was = before.at[id]!;
      const is = after.at[id]!;
      expect(Math.abs(is.x - (after.width / 2 + (was.x - before.width / 2) * scale)), id).toBeLessThan(3);
      expect(Math.abs(is.y - (after.height / 2 + (was.y - before.height / 2) * scale)), id).toBeLessThan(3);
    }
    // Escape leaves full screen, then present mode; the tour being edited is still open.
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await page.waitForSelector("[data-testid=tour-steps]");
    await page.close();
  });

  it("logged no errors in the page", () => {
    expect(problems).toEqual([]);
  });
});
