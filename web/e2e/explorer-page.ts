// What the explorer's browser tests share: opening the app, reading what Cytoscape draws, screenshots.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { launchChromium } from "../../test-support/browser";
import "../../test-support/provided-context";

export const SHOTS = path.resolve(import.meta.dirname, "../../test-output/screenshots");

export const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

/** Collects console errors and uncaught exceptions of every page opened through it. */
export class ExplorerPages {
  readonly problems: string[] = [];
  constructor(
    private readonly context: () => BrowserContext,
    private readonly baseURL: string,
  ) {}

  /** A blank page, watched. */
  async blank(): Promise<Page> {
    return this.watch(await this.context().newPage());
  }

  watch(page: Page): Page {
    page.on("console", (m) => {
      if (m.type() === "error") this.problems.push(`${page.url()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => this.problems.push(`${page.url()}: ${e.message}`));
    return page;
  }

  async open(query = "", size = { width: 1280, height: 800 }): Promise<Page> {
    const page = await this.blank();
    await page.setViewportSize(size);
    await this.goto(page, query);
    return page;
  }

  /** Loads a view in a page already open, and waits until the network is laid out. */
  async goto(page: Page, query: string): Promise<void> {
    await page.goto(`${this.baseURL}/${query}`);
    await page.waitForSelector('.canvas[data-ready="true"]', { timeout: 30_000 });
  }
}

export interface DrawnNode {
  id: string;
  type: string;
  label: string;
  x: number;
  y: number;
}

interface CyNode {
  id(): string;
  visible(): boolean;
  hasClass(c: string): boolean;
  data(k: string): string;
  position(): { x: number; y: number };
}
interface CyEdge {
  id(): string;
  visible(): boolean;
  style(name: string): string;
}
interface CyLike {
  nodes(): { toArray(): CyNode[] };
  edges(): { toArray(): CyEdge[] };
  getElementById(id: string): {
    visible(): boolean;
    neighborhood(sel: string): { toArray(): CyNode[] };
    connectedEdges(): { toArray(): CyEdge[] };
    renderedPosition(): { x: number; y: number };
  };
}
type CyWindow = { __cy: CyLike };

/** The nodes Cytoscape currently draws (filtered ones are hidden, axis headings left out), with positions. */
export const drawnNodes = (page: Page): Promise<DrawnNode[]> =>
  page.evaluate(() =>
    (window as unknown as CyWindow).__cy
      .nodes()
      .toArray()
      .filter((n) => n.visible() && !n.hasClass("tick"))
      .map((n) => ({ id: n.id(), type: n.data("type"), label: n.data("label"), ...n.position() })),
  );

export const drawnIds = async (page: Page): Promise<string[]> => (await drawnNodes(page)).map((n) => n.id).sort();

export const drawnEdgeIds = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    (window as unknown as CyWindow).__cy
      .edges()
      .toArray()
      .filter((e) => e.visible())
      .map((e) => e.id())
      .sort(),
  );

/** Whether Cytoscape currently draws the node. */
export const nodeVisible = (page: Page, id: string): Promise<boolean> =>
  page.evaluate((nid) => (window as unknown as CyWindow).__cy.getElementById(nid).visible(), id);

/** Every neighbour of a node in the loaded graph, drawn or not. */
export const neighbourIds = (page: Page, id: string): Promise<string[]> =>
  page.evaluate(
    (nid) =>
      (window as unknown as CyWindow).__cy
        .getElementById(nid)
        .neighborhood("node")
        .toArray()
        .map((n) => n.id())
        .sort(),
    id,
  );

/** The text Cytoscape writes on each drawn line of a node ("" where it writes none). */
export const edgeLabels = (page: Page, id: string): Promise<string[]> =>
  page.evaluate(
    (nid) =>
      (window as unknown as CyWindow).__cy
        .getElementById(nid)
        .connectedEdges()
        .toArray()
        .filter((e) => e.visible())
        .map((e) => e.style("label")),
    id,
  );

/** Where a node is on the page, for the mouse. */
export async function nodeOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator(".canvas").boundingBox())!;
  const p = await page.evaluate(
    (nid) => (window as unknown as CyWindow).__cy.getElementById(nid).renderedPosition(),
    id,
  );
  return { x: box.x + p.x, y: box.y + p.y };
}

/** Tab until the focused element matches, the way a keyboard user would. */
export async function tabTo(page: Page, test: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const ok = await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, test);
    if (ok) return;
  }
  throw new Error(`never reached ${test} with Tab`);
}

/**
 * The explorer's pages for one test file: Chromium opens before the file's tests (and before the hooks
 * the file adds after calling this) and closes after them; screenshots go to SHOTS.
 */
export function explorerPages(): ExplorerPages {
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    context = await launchChromium();
  });
  afterAll(async () => {
    await context?.close();
  });
  return new ExplorerPages(() => {
    if (!context) throw new Error("the browser is not open yet: use the pages inside a hook or a test");
    return context;
  }, inject("baseURL"));
}
