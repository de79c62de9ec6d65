// The explorer's layouts, filters, exports and Expand in real Chromium against the real API and Neo4j:
// what the screen shows is checked against the data, and each view is saved as a screenshot.
import { readFileSync } from "node:fs";
import type { Graph } from "@pg/api/contract";
import { XMLValidator } from "fast-xml-parser";
import type { Download, Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import "../../test-support/provided-context";
import {
  explorerPages,
  drawnEdgeIds,
  drawnIds,
  drawnNodes,
  edgeLabels,
  neighbourIds,
  nodeOnPage,
  shot,
  tabTo,
  type DrawnNode,
} from "./explorer-page";

const baseURL = inject("baseURL");
const pages = explorerPages();
let page: Page;
let graph: Graph;

beforeAll(async () => {
  graph = (await (await fetch(`${baseURL}/api/graph`)).json()) as Graph;
  page = await pages.open();
});

async function downloadFrom(button: string): Promise<string> {
  await openExportMenu();
  const [d] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  return readDownload(d);
}
async function openExportMenu(): Promise<void> {
  if (!(await page.locator(".export").evaluate((e) => (e as HTMLDetailsElement).open)))
    await page.locator(".export summary").click();
}
const readDownload = async (d: Download) => readFileSync(await d.path(), "utf8");

/** RFC 4180 rows: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== "," && c !== "\n" && c !== "\r")) cell += c;
    else if (c === ",") endCell();
    else if (c === "\n") {
      endCell();
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

function box(nodes: DrawnNode[]) {
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

describe("explorer views", () => {
  it("by type: each type's nodes share a block that no other type enters", async () => {
    await pages.goto(page, "?layout=by-type");
    const nodes = await drawnNodes(page);
    const types = [...new Set(nodes.map((n) => n.type))];
    expect(types.length).toBeGreaterThanOrEqual(6);
    const boxes = types.map((t) => ({ t, ...box(nodes.filter((n) => n.type === t)) }));
    for (const n of nodes)
      for (const b of boxes)
        if (b.t !== n.type)
          expect(
            n.x >= b.left && n.x <= b.right && n.y >= b.top && n.y <= b.bottom,
            `${n.id} (${n.type}) inside the ${b.t} block`,
          ).toBe(false);
    await shot(page, "10-layout-by-type");
  });

  it("by year: x grows with the year, and Lugazi (2006) stands right of everything before it", async () => {
    await pages.goto(page, "?layout=timeline");
    const spans = new Map(
      Object.entries(
        await page.evaluate(() =>
          (window as unknown as { __pgSpans(): Record<string, { start?: number }> }).__pgSpans(),
        ),
      ),
    );
    const nodes = await drawnNodes(page);
    const dated = nodes.filter((n) => spans.get(n.id)?.start !== undefined);
    expect(dated.length).toBeGreaterThan(20);
    const year = (n: DrawnNode) => spans.get(n.id)!.start!;
    const years = [...new Set(dated.map(year))].sort((a, b) => a - b);
    for (let i = 0; i + 1 < years.length; i++) {
      const left = Math.max(...dated.filter((n) => year(n) === years[i]).map((n) => n.x));
      const right = Math.min(...dated.filter((n) => year(n) === years[i + 1]).map((n) => n.x));
      expect(left, `${years[i]} left of ${years[i + 1]}`).toBeLessThan(right);
    }
    const lugazi = nodes.find((n) => n.id === "lugazi")!;
    expect(year(lugazi)).toBe(2006);
    const earlier = dated.filter((n) => year(n) <= 2005);
    expect(earlier.length).toBeGreaterThan(5);
    expect(lugazi.x).toBeGreaterThan(Math.max(...earlier.map((n) => n.x)));
    await shot(page, "11-layout-timeline");
  });

  it("the metric threshold hides low-degree nodes, and the List view agrees", async () => {
    await pages.goto(page, "");
    const before = await drawnIds(page);
    await page.getByLabel(/Hide nodes below/).fill("0.3");
    await expect.poll(async () => (await drawnIds(page)).length).toBeLessThan(before.length);
    const after = await drawnIds(page);
    expect(after.length).toBeGreaterThan(3);
    // Each metric is scaled by its highest value over the whole graph.
    const degrees = new Map(
      graph.nodes.flatMap((n): [string, number][] => (n.metrics ? [[n.id, n.metrics.degree]] : [])),
    );
    const top = Math.max(...degrees.values());
    const degree = new Map([...degrees].map(([id, d]) => [id, d / top]));
    for (const id of after) expect(degree.get(id), id).toBeGreaterThanOrEqual(0.3);
    for (const id of before.filter((b) => !after.includes(b))) expect(degree.get(id), id).toBeLessThan(0.3);
    expect(new URL(page.url()).searchParams.get("min")).toBe("0.3");
    await shot(page, "12-threshold-graph");

    const edges = await drawnEdgeIds(page);
    await page.getByRole("button", { name: "List" }).click();
    await expect
      .poll(() => page.locator("#list-title").textContent())
      .toContain(`${after.length} nodes, ${edges.length} connections`);
    expect(await page.locator(".list section[aria-labelledby='list-nodes'] li").count()).toBe(after.length);
    expect(await page.locator(".list .rels li").count()).toBe(edges.length);
    await shot(page, "12-threshold-list");
  });

  it("exports the view as valid SVG that names the nodes on screen", async () => {
    await pages.goto(page, "?hide=Concept,Document,Section,Weakness,SuccessFactor,Outcome,Lesson");
    const labels = (await drawnNodes(page)).map((n) => n.label);
    const svg = await downloadFrom("Drawing (SVG)");
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toMatch(/<svg[\s>]/);
    const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
      .map((m) => m[1]!)
      .join(" ")
      .replace(/&amp;/g, "&")
      .replace(/&apos;|&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/\s+/g, " ");
    const missing = labels.filter((l) => !l.split(/\s+/).every((w) => text.includes(w)));
    expect(missing).toEqual([]);
  });

  it("exports the visible subgraph as JSON and CSV with the same nodes and relationships as the screen", async () => {
    await pages.goto(page, "?side=south&hide=Concept,Document,Section,Weakness");
    const ids = await drawnIds(page);
    const edges = await drawnEdgeIds(page);
    expect(ids.length).toBeGreaterThan(3);
    const json = JSON.parse(await downloadFrom("Visible data (JSON)")) as Graph;
    expect(json.nodes.map((n) => n.id).sort()).toEqual(ids);
    expect(json.relationships.map((r) => r.id).sort()).toEqual(edges);

    await openExportMenu();
    const files: Download[] = [];
    page.on("download", (d) => files.push(d));
    await page.getByRole("button", { name: "Visible data (CSV)" }).click();
    await expect.poll(() => files.length).toBe(2);
    const [nodes, rels] = await Promise.all(files.map(async (d) => parseCsv(await readDownload(d))));
    expect(nodes![0]!.slice(0, 3)).toEqual(["id", "type", "name"]);
    expect(
      nodes!
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(ids);
    expect(rels![0]!.slice(0, 4)).toEqual(["id", "type", "from", "to"]);
    expect(
      rels!
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(edges);
  });

  it("Expand adds exactly that node's neighbours; Collapse, a link and Reset behave", async () => {
    const view = "?sel=lugazi&side=south&hide=Concept,Document,Section,Event";
    await pages.goto(page, view);
    const before = await drawnIds(page);
    const expand = page.getByRole("button", { name: "Expand neighbours" });
    await expand.click();
    await page.getByRole("button", { name: "Collapse neighbours" }).waitFor();
    // The API's neighbourhood is merged in: read the neighbours once it has arrived.
    await page.waitForTimeout(300);
    const neighbours = await neighbourIds(page, "lugazi");
    expect(neighbours.filter((n) => !before.includes(n)).length).toBeGreaterThan(2);
    const expected = [...new Set([...before, ...neighbours])].sort();
    await expect.poll(() => drawnIds(page)).toEqual(expected);
    expect(new URL(page.url()).searchParams.get("exp")).toBe("lugazi");
    await shot(page, "13-expanded-lugazi");
    const link = page.url();

    await page.getByRole("button", { name: "Collapse neighbours" }).click();
    await expect.poll(() => drawnIds(page)).toEqual(before);
    expect(new URL(page.url()).searchParams.has("exp")).toBe(false);

    await pages.goto(page, new URL(link).search);
    expect(await drawnIds(page)).toEqual(expected);
    await page.getByRole("button", { name: "Reset filters" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has("exp")).toBe(false);
  });

  it("the legend's 'only' works from the keyboard, and types still toggle", async () => {
    await pages.goto(page, "");
    await page.locator("#search").focus();
    await tabTo(page, "button[aria-label='Show only organisations']");
    await page.keyboard.press("Enter");
    await expect
      .poll(async () => new Set((await drawnNodes(page)).map((n) => n.type)))
      .toEqual(new Set(["Organisation"]));
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("People");
    await page.keyboard.press("Enter");
    await expect
      .poll(async () => new Set((await drawnNodes(page)).map((n) => n.type)))
      .toEqual(new Set(["Organisation", "Person"]));
    await shot(page, "14-legend-only");
  });

  it("a node of a hidden type found by search is shown alone; its type stays hidden", async () => {
    await pages.goto(page, "");
    const search = page.getByRole("combobox", { name: "Search" });
    await search.fill("capacity building");
    await page.waitForSelector("#search-list li");
    await page
      .locator("#search-list li", { hasText: /capacity building/i })
      .first()
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe("concept-capacity-building");
    const concepts = (await drawnNodes(page)).filter((n) => n.type === "Concept").map((n) => n.id);
    expect(concepts).toEqual(["concept-capacity-building"]);
    expect(new URL(page.url()).searchParams.has("hide")).toBe(false);
  });

  it("relationship types are written on the selection's lines and on a hovered node's lines", async () => {
    await pages.goto(page, "?sel=lugazi");
    const selected = await edgeLabels(page, "lugazi");
    expect(selected.length).toBeGreaterThan(3);
    expect(selected).toContain("participated in");
    expect(selected.filter((l) => !l)).toEqual([]);
    await pages.goto(page, "");
    expect((await edgeLabels(page, "mukono")).filter((l) => l)).toEqual([]);
    const at = await nodeOnPage(page, "mukono");
    await page.mouse.move(at.x, at.y);
    await expect.poll(async () => (await edgeLabels(page, "mukono")).filter((l) => !l).length).toBe(0);
    await page.mouse.move(5, 5);
  });

  it("from a node's details: 'Path to…' starts a path from it", async () => {
    await pages.goto(page, "?sel=gran");
    await page.getByRole("button", { name: "Path to…" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("mode")).toBe("paths");
    expect(new URL(page.url()).searchParams.get("pfrom")).toBe("gran");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("path-to");
    await page.keyboard.type("Lugazi town");
    await page.waitForSelector("#path-to-list li");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".path-list .sentence");
    expect(new URL(page.url()).searchParams.get("pto")).toBe("lugazi");
  });

  it("knowledge flows open on Norway ↔ Uganda, and leaving gives the network layout back", async () => {
    await pages.goto(page, "");
    const layout = page.getByRole("combobox", { name: "Layout" });
    await page.getByRole("button", { name: "Knowledge flows" }).click();
    await expect.poll(() => layout.inputValue()).toBe("north-south");
    await page.getByLabel("Start from").selectOption("gran-project-coordinator");
    await page.waitForSelector(".hop");
    await shot(page, "15-flows-north-south");
    await page.getByRole("button", { name: "Explore" }).click();
    await expect.poll(() => layout.inputValue()).toBe("fcose");
  });

  it("the timeline plays year by year and pauses", async () => {
    await pages.goto(page, "?mode=timeline&year=2001");
    await page.getByRole("button", { name: "Play" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("year"), { timeout: 5000 }).toBe("2002");
    await page.getByRole("button", { name: "Pause" }).click();
    const year = new URL(page.url()).searchParams.get("year");
    await page.waitForTimeout(1300);
    expect(new URL(page.url()).searchParams.get("year")).toBe(year);
  });

  it("keeps working while the API is away, and fetches the evidence again when it is back", async () => {
    await pages.goto(page, "");
    const logged = pages.problems.length;
    await page.route("**/api/**", (route) => route.abort("connectionrefused"));
    const search = page.getByRole("combobox", { name: "Search" });
    await search.fill("Lugazi town");
    await page.waitForSelector("#search-list li");
    await search.press("Enter");
    await page.waitForSelector(".banner");
    await expect.poll(() => page.locator(".details .error").textContent()).toContain("cannot be reached");
    // The loaded graph still answers Expand.
    await page.getByRole("button", { name: "Expand neighbours" }).click();
    await page.getByRole("button", { name: "Collapse neighbours" }).waitFor();
    await shot(page, "16-api-away");
    await page.unroute("**/api/**");
    await page.waitForSelector(".details blockquote", { timeout: 10_000 });
    expect(await page.locator(".banner").count()).toBe(0);
    // Chromium logs each refused request; those were the point here.
    const later = pages.problems.splice(logged);
    pages.problems.push(...later.filter((p) => !p.includes("Failed to load resource")));
  });

  it("logged no console errors", () => {
    expect(pages.problems).toEqual([]);
  });
});
