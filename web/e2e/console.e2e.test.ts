// The Cypher console in real Chromium against the real API and Neo4j: schema autocomplete, results as
// table and graph, Neo4j's syntax error marked in the editor, and writes refused as read-only.
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../../test-support/browser";
import "../../test-support/provided-context";

const SHOTS = path.resolve(import.meta.dirname, "../../test-output/screenshots");
const baseURL = inject("baseURL");
let context: BrowserContext;
let page: Page;
const problems: string[] = [];
const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

/** Replaces the editor's text the way a person would: select all, type. */
async function typeQuery(query: string): Promise<void> {
  await page.click(".cm-content");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(query);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  context = await launchChromium();
  page = await context.newPage();
  page.on("console", (m) => {
    // The refused write and the syntax error are 4xx answers the browser logs; they are the point of those tests.
    if (m.type() === "error" && !/status of 4\d\d/.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
});

afterAll(async () => {
  await context?.close();
});

describe("Cypher console", () => {
  it("is not part of the explorer's first load, and loads when opened", async () => {
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.goto(`${baseURL}/`);
    await page.waitForSelector('.canvas[data-ready="true"]', { timeout: 30_000 });
    expect(requested.filter((u) => u.includes("ConsoleView"))).toEqual([]);
    const schema = page.waitForResponse((r) => r.url().endsWith("/api/schema"));
    await page.getByRole("button", { name: "Cypher console" }).click();
    await page.waitForSelector(".cm-content", { timeout: 30_000 });
    await schema;
    expect(requested.some((u) => u.includes("ConsoleView"))).toBe(true);
    expect(new URL(page.url()).hash).toBe("#console");
  });

  it("offers a label from the schema while typing", async () => {
    await typeQuery("MATCH (n:Organ");
    const options = page.locator(".cm-tooltip-autocomplete li");
    await options.first().waitFor({ timeout: 10_000 });
    expect(await options.allTextContents()).toContain(":Organisation");
    // Running closes the suggestions, or they would sit over the answer.
    await page.keyboard.press("Control+Enter");
    await page.locator(".cm-tooltip-autocomplete").waitFor({ state: "detached", timeout: 5_000 });
  });

  it("shows a query's answer as a table and as a graph", async () => {
    await typeQuery("MATCH (o:Organisation)-[r:PARTNER_IN]->(p:Partnership) RETURN o, r, p");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+Enter");
    await page.waitForSelector("[data-testid=result-table] tbody tr", { timeout: 20_000 });
    const rows = await page.locator("[data-testid=result-table] tbody tr").allTextContents();
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.join(" ")).toContain("Gran");
    expect(await page.locator("[data-testid=cypher-status]").textContent()).toMatch(/\d+ rows?.*ms/);
    await shot("console-table");

    const csv = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download CSV" }).click();
    const file = await (await csv).path();
    expect(readFileSync(file, "utf8").split("\r\n")[0]).toBe("o,r,p");

    await page.getByRole("tab", { name: "Graph" }).click();
    await page.waitForSelector("[data-testid=result-graph] canvas");
    expect(await page.getByRole("img", { name: /query result: 4 nodes, 3 relationships/ }).count()).toBe(1);
    await page.waitForTimeout(500);
    await shot("console-graph");

    await page.getByRole("tab", { name: "JSON" }).click();
    expect(await page.locator("[data-testid=result-json]").textContent()).toContain('"columns"');
  });

  it("marks where Neo4j found a syntax error", async () => {
    await typeQuery("MATCH (n RETRUN n");
    await page.getByRole("button", { name: /^Run/ }).click();
    const error = page.locator("[data-testid=cypher-error]");
    await error.waitFor();
    expect(await error.textContent()).toMatch(/line 1, column 10/);
    const mark = page.locator(".cm-error-mark");
    await mark.waitFor();
    expect(await mark.textContent()).toBe("RETRUN");
    await shot("console-error");
  });

  it("says it is read-only when a query would write", async () => {
    await typeQuery("CREATE (n:Intruder {id: 'x'}) RETURN n");
    await page.keyboard.press("Control+Enter");
    const error = page.locator("[data-testid=cypher-error]");
    await expect.poll(() => error.textContent()).toMatch(/read-only/i);
    await shot("console-read-only");

    const check = await fetch(`${baseURL}/api/cypher`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "MATCH (n:Intruder) RETURN count(n) AS n" }),
    });
    expect(((await check.json()) as { rows: unknown[][] }).rows).toEqual([[0]]);
  });

  it("keeps a history and offers the example queries", async () => {
    await page.reload();
    await page.waitForSelector(".cm-content", { timeout: 30_000 });
    const history = page.getByRole("combobox", { name: "Query history" });
    await expect.poll(() => history.locator("option").count()).toBeGreaterThan(1);
    const examples = page.getByRole("combobox", { name: "Example queries" });
    await expect.poll(() => examples.locator("option").count()).toBeGreaterThan(1);
    await examples.selectOption({ index: 1 });
    expect(await page.locator(".cm-content").textContent()).toMatch(/MATCH|RETURN/i);
  });

  it("runs with $parameters given as JSON, and opens a result in the explorer", async () => {
    await typeQuery("MATCH (n:Organisation {id: $id}) RETURN n");
    await page.keyboard.press("Escape");
    await page.getByLabel("Parameters (JSON)").fill('{ "id": "lugazi" }');
    await page.getByRole("button", { name: /^Run/ }).click();
    await expect.poll(() => page.locator("[data-testid=result-table] tbody").textContent()).toContain("Lugazi");
    await page.getByRole("button", { name: "Open in explorer" }).click();
    await page.waitForSelector("[data-testid=console-page]", { state: "detached" });
    await expect.poll(() => page.locator("#details-title").textContent()).toContain("Lugazi");
    expect(new URL(page.url()).searchParams.get("sel")).toBe("lugazi");
  });

  it("logged no errors in the page", () => {
    expect(problems).toEqual([]);
  });
});
