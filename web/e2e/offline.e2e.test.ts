// The offline file: downloaded from the real API, opened from file:// in Chromium with every request
// that is not a file refused — and none is even attempted — then explored and presented.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../test-support/browser";
import "../../test-support/provided-context";

const SHOTS = path.resolve(import.meta.dirname, "../../test-output/screenshots");
const baseURL = inject("baseURL");
let context: BrowserContext;
let file = "";
const attempted: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  context = await launchChromium();
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:")) return route.continue();
    attempted.push(url);
    return route.abort("internetdisconnected");
  });
});

afterAll(async () => {
  await context?.close();
});

async function openFile(hash = ""): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("request", (r) => {
    if (!/^(file|blob|data):/.test(r.url())) attempted.push(r.url());
  });
  await page.goto(`file://${file}${hash}`);
  return page;
}

describe("the offline file", () => {
  it("downloads as one HTML attachment with the data inside", async () => {
    const response = await fetch(`${baseURL}/api/offline`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="partnership-graph-.*\.html"$/);
    const html = await response.text();
    expect(html).toContain('id="pg-offline-data"');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="(?!#)/);
    // The viewer without its data: one copy of Cytoscape (no layout worker with its own), no Cypher editor.
    const viewer = html.replace(/(id="pg-offline-data"[^>]*>)[^<]*/, "$1");
    expect(viewer.length).toBeLessThan(1_000_000);
    file = path.join(mkdtempSync(path.join(tmpdir(), "pg-offline-")), "partnership-graph.html");
    writeFileSync(file, html);
  });

  it("explores from disk without the network", async () => {
    const page = await openFile();
    await page.waitForSelector('.canvas[data-ready="true"]', { timeout: 60_000 });
    expect(await page.getByRole("button", { name: "Cypher console" }).count()).toBe(0);
    const search = page.getByRole("combobox", { name: "Search" });
    await search.fill("Lugazi");
    await page.waitForSelector("#search-list li");
    await search.press("Enter");
    await expect.poll(() => page.locator("#details-title").textContent()).toContain("Lugazi");
    await page.waitForSelector(".details blockquote");
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(SHOTS, "offline-explore.png") });
    // Exports work from disk too; the SVG's code is a dynamic import inlined into the file.
    await page.locator(".export summary").click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Drawing (SVG)" }).click(),
    ]);
    expect(readFileSync(await download.path(), "utf8")).toMatch(/<svg[\s>][\s\S]*Lugazi/);
    await page.close();
  });

  it("steps through the tour from disk", async () => {
    const page = await openFile("#present/has-it-been-worth-it/1");
    await page.waitForSelector('[data-testid=present][data-ready="true"]', { timeout: 60_000 });
    expect(await page.locator("[data-testid=step-number]").textContent()).toBe("1");
    for (let i = 2; i <= 10; i++) {
      await page.keyboard.press("ArrowRight");
      expect(await page.locator("[data-testid=step-number]").textContent()).toBe(String(i));
    }
    expect(await page.locator("[data-testid=present-step] h2").textContent()).toBe("Has it been worth it?");
    await page.waitForTimeout(1000);
    await page.screenshot({ path: path.join(SHOTS, "offline-present.png") });
    await page.close();
  });

  it("attempted no network request and logged no errors", () => {
    expect(attempted).toEqual([]);
    expect(problems).toEqual([]);
  });
});
