// A hub's details list twenty connections of a kind, then all of them on request, by keyboard too.
import type { Graph } from "@pg/api/contract";
import { describe, expect, it } from "vitest";
import "../../test-support/provided-context";
import { explorerPages, shot } from "./explorer-page";
import { openBigGraph, starGraph } from "./big-graph-page";

const pages = explorerPages();
/** The explorer on `data` served in place of the API, at `query`, once drawn and still. */
const openGraph = (data: { graph: Graph; layout: unknown }, query = "") => openBigGraph(pages, data, query);

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
