// The explorer in real Chromium against the real API and Neo4j with the report loaded. Each view is
// saved as a screenshot in test-output/screenshots/ for a person to look at.
import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../test-support/browser";
import "../../test-support/provided-context";
import { explorerPages, nodeVisible, shot, tabTo } from "./explorer-page";

const baseURL = inject("baseURL");
const pages = explorerPages();
const open = (query = "", size?: { width: number; height: number }) => pages.open(query, size);

describe("explorer", () => {
  it("opens on a laid-out network with a legend, on a laptop and on a projector", async () => {
    const page = await open();
    expect(await page.locator(".legend button").count()).toBeGreaterThan(8);
    expect(await nodeVisible(page, "gran")).toBe(true);
    await shot(page, "01-overview");
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.waitForTimeout(400);
    await shot(page, "01-overview-1280x720");
    await page.close();
  });

  it("searches for Lugazi and shows its details with a quote from the report", async () => {
    const page = await open();
    const search = page.getByRole("combobox", { name: "Search" });
    await search.fill("Lugazi");
    await page.waitForSelector("#search-list li");
    await search.press("Enter");
    await expect.poll(() => page.locator("#details-title").textContent()).toContain("Lugazi");
    await page.waitForSelector(".details blockquote");
    expect((await page.locator(".details blockquote").first().textContent())?.length).toBeGreaterThan(20);
    expect(await page.locator(".details figcaption").first().textContent()).toMatch(/Section/);
    expect(new URL(page.url()).searchParams.get("sel")).toBe("lugazi");
    await shot(page, "02-details-lugazi");
    await page.close();
  });

  it("lists the path from a Gran school to Lugazi, each hop with its quote", async () => {
    const page = await open("?mode=paths&pfrom=gran-elementary-school-1&pto=lugazi");
    await page.waitForSelector(".path-list .sentence");
    const text = await page.locator(".path-list").textContent();
    expect(text).toContain("Lugazi town council");
    expect(await page.locator(".path-list q").count()).toBeGreaterThan(0);
    const highlighted = await page.evaluate(
      () => (window as unknown as { __cy: { $(s: string): { length: number } } }).__cy.$("node.in-path").length,
    );
    expect(highlighted).toBeGreaterThanOrEqual(3);
    await shot(page, "03-paths-school-to-lugazi");
    await page.close();
  });

  it("shows a stalled knowledge flow and what hindered it", async () => {
    const page = await open("?mode=flows&flow=gran-project-coordinator");
    await page.waitForSelector(".all-steps li");
    const stalled = page.locator(".all-steps li", { hasText: "Stalled" }).first();
    await stalled.locator("button").click();
    await expect.poll(() => page.locator(".hop .status").textContent()).toContain("Stalled");
    expect(await page.locator(".hop h3").textContent()).toContain("What held it back");
    expect(await page.locator(".hinder li").count()).toBeGreaterThan(0);
    // Only knowledge flows are drawn in this mode.
    const otherEdges = await page.evaluate(
      () =>
        (
          window as unknown as {
            __cy: {
              edges(): {
                filter(f: (e: { visible(): boolean; data(k: string): string }) => boolean): { length: number };
              };
            };
          }
        ).__cy
          .edges()
          .filter((e) => e.visible() && e.data("type") !== "KNOWLEDGE_FLOW").length,
    );
    expect(otherEdges).toBe(0);
    await shot(page, "04-flows-stalled");
    await page.close();
  });

  it("shows what was only intended apart from what flowed: Mukono 'shall transfer' to Lugazi", async () => {
    const page = await open("?mode=flows&flow=mukono");
    const toLugazi = page.locator(".all-steps li", { hasText: "Lugazi town council" }).first();
    await toLugazi.waitFor();
    expect(await toLugazi.locator(".pill").textContent()).toBe("Only intended");
    await toLugazi.locator("button").click();
    await expect.poll(() => page.locator(".hop .status").textContent()).toContain("does not say it happened");
    expect(await page.locator(".hop blockquote").textContent()).toContain("Mukono shall transfer");
    expect(await page.locator(".hop h3").count()).toBe(0);
    expect(await page.locator(".legend .flows").textContent()).toContain("Only intended");
    const line = await page.evaluate(() => {
      const edge = (
        window as unknown as { __cy: { getElementById(id: string): { style(k: string): string } } }
      ).__cy.getElementById("mukono|KNOWLEDGE_FLOW|lugazi");
      return [edge.style("line-style"), edge.style("line-dash-pattern"), edge.style("line-color")];
    });
    expect(line.slice(0, 2)).toEqual(["dashed", "12 4 2 4"]);
    await shot(page, "04-flows-intended");
    await page.close();
  });

  it("hides Lugazi on the timeline in 2005 and shows it from 2006", async () => {
    const page = await open("?mode=timeline&year=2005");
    expect(await nodeVisible(page, "lugazi")).toBe(false);
    expect(await nodeVisible(page, "mukono")).toBe(true);
    await shot(page, "05-timeline-2005");
    await page.locator("#year-slider").fill("2006");
    await expect.poll(() => nodeVisible(page, "lugazi")).toBe(true);
    expect(new URL(page.url()).searchParams.get("year")).toBe("2006");
    await shot(page, "05-timeline-2006");
    await page.close();
  });

  it("reproduces a view from its URL", async () => {
    const page = await open();
    await page.getByRole("combobox", { name: "Layout" }).selectOption("north-south");
    await page.locator(".legend button", { hasText: "Weaknesses" }).click();
    const search = page.getByRole("combobox", { name: "Search" });
    await search.fill("Mukono");
    await page.waitForSelector("#search-list li");
    await search.press("Enter");
    await expect.poll(() => page.locator("#details-title").textContent()).toContain("Mukono");
    await page.waitForTimeout(600);
    const url = page.url();
    const q = new URL(url).searchParams;
    expect(q.get("layout")).toBe("north-south");
    expect(q.get("hide")).toContain("Weakness");
    await page.close();

    const again = await open(new URL(url).search);
    expect(await again.getByRole("combobox", { name: "Layout" }).inputValue()).toBe("north-south");
    expect(await again.locator("#details-title").textContent()).toContain("Mukono");
    expect(await again.locator(".legend button", { hasText: "Weaknesses" }).getAttribute("aria-pressed")).toBe("false");
    const wk = await again.evaluate(
      () =>
        (
          window as unknown as {
            __cy: { nodes(s: string): { filter(f: (n: { visible(): boolean }) => boolean): { length: number } } };
          }
        ).__cy
          .nodes('[type = "Weakness"]')
          .filter((n) => n.visible()).length,
    );
    expect(wk).toBe(0);
    await shot(again, "06-url-reproduced-north-south");
    await again.close();
  });

  it("exports the view as a non-empty PNG", async () => {
    const page = await open();
    await page.locator(".export summary").click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Picture (PNG)" }).click(),
    ]);
    const file = await download.path();
    const bytes = readFileSync(file);
    expect(bytes.length).toBeGreaterThan(5000);
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    await page.close();
  });

  it("works with the keyboard alone: search, details, list", async () => {
    const page = await open();
    await tabTo(page, "#search");
    await page.keyboard.type("Gran");
    await page.waitForSelector("#search-list li");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("details-title");
    const name = await page.locator("#details-title").textContent();
    expect(name).toMatch(/Gran/);
    // From the details, reach a connection and follow it.
    await tabTo(page, ".neighbours button.link");
    const next = (await page.evaluate(() => document.activeElement?.textContent ?? "")).trim();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#details-title").textContent()).toContain(next.slice(0, 20));
    await shot(page, "07-keyboard-details");
    // The list view, by keyboard.
    await tabTo(page, ".seg button:nth-child(2)");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#list-title");
    await tabTo(page, ".list button.link");
    await page.keyboard.press("Enter");
    expect(await page.locator(".list button[aria-current='true']").count()).toBe(1);
    await shot(page, "08-list-view");
    await page.close();
  });

  it("says the API is unreachable, then recovers", async () => {
    // A fresh browser: the shared one may answer /api/graph from its HTTP cache.
    const fresh = await launchChromium();
    const page = await fresh.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.route("**/api/**", (route) => route.abort("connectionrefused"));
    await page.goto(`${baseURL}/`);
    await page.waitForSelector(".banner");
    expect(await page.locator(".banner").textContent()).toContain("API unreachable");
    expect(await page.locator(".load-error").textContent()).toContain("cannot be reached");
    await shot(page, "09-api-unreachable");
    await page.unroute("**/api/**");
    await page.waitForSelector('.canvas[data-ready="true"]', { timeout: 30_000 });
    expect(await page.locator(".banner").count()).toBe(0);
    await fresh.close();
  });

  it("logged no console errors", () => {
    expect(pages.problems).toEqual([]);
  });
});
