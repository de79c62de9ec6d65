/// <reference lib="dom" />
/**
 * One page load measured in headless Chromium: navigation to the first frame that draws the graph (first
 * picture) and to the last frame before the page settles (first render: Cytoscape goes on redrawing the
 * same picture from its texture caches for a while), data-to-screen (layout) time, long tasks, then
 * frames drawn per second while the mouse
 * pans and the wheel zooms. Frames are counted from the renderer's own events (Cytoscape `render`,
 * sigma `afterRender`), so a frame that was not drawn is not counted; for the app also the frames in
 * which a big graph's pan preview moved the picture (a canvas's style changed), once per frame. A big
 * graph seen whole is drawn by the app's overview sketch in Cytoscape's place, which announces its
 * frames with the same `render` event. Last, for the two Cytoscape pages, a click on a node close up.
 */
import type { Browser } from "playwright-core";

export type Variant = "app" | "cytoscape-defaults" | "sigma";

export interface WebRun {
  first_picture_ms: number;
  first_render_ms: number;
  layout_ms: number;
  pan_fps: number;
  /** The last input of the pan to the renderer's next drawn frame: how long a moved view stays unsharp. */
  redraw_ms: number;
  longest_task_ms: number;
  long_tasks_over_200ms: number;
  /**
   * Close up (an eighth of the graph's width in view), the press of a click on the node nearest the middle
   * to the last frame the click caused: how long a click takes to show. NaN for sigma, whose page does nothing on a click.
   */
  click_ms: number;
  nodes_drawn: number;
  renderer: "canvas" | "webgl";
}

/**
 * Runs in the page before any of its scripts: the probe, long tasks, and (for the app) its Cytoscape,
 * which the app exposes as window.__cy once mounted. Plain JavaScript in a string, because a function
 * compiled by tsx would carry helpers the page does not have.
 */
const PROBE_SCRIPT = `(() => {
  const p = (window.__bench ??= { frames: [], firstPicture: null, dataAt: null, longTasks: [], error: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) p.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {}
  window.addEventListener("error", (e) => { p.error = String(e.message); });
  // When the page got its last input: the pan's redraw is timed from there.
  for (const type of ["pointerdown", "pointermove", "pointerup", "wheel"])
    window.addEventListener(type, () => { p.lastInput = performance.now(); }, { capture: true, passive: true });
  if (window.__benchBaseline) return;
  const timer = setInterval(() => {
    if (!window.__cy) return;
    clearInterval(timer);
    const cy = window.__cy;
    // One entry per frame that changed the picture, whichever way it changed.
    let lastFrame = null;
    const frame = () => {
      const t = document.timeline.currentTime;
      if (t !== null && t === lastFrame) return;
      lastFrame = t;
      p.frames.push(performance.now());
    };
    // The app's frames include moved pictures; its renderer's own frames are kept apart too.
    p.renders = [];
    cy.on("render", () => {
      frame();
      p.renders.push(performance.now());
      // The app adds the graph in one batch, so the first frame with nodes draws all of them.
      if (p.firstPicture === null && cy.nodes().length > 0) p.firstPicture = p.frames[p.frames.length - 1];
    });
    // A big graph's pan moves the last picture with a CSS transform before Cytoscape draws it again.
    new MutationObserver((records) => {
      if (records.some((r) => r.target.nodeName === "CANVAS")) frame();
    }).observe(cy.container(), { subtree: true, attributes: true, attributeFilter: ["style"] });
  }, 2);
})();`;

export async function measurePage(
  browser: Browser,
  url: string,
  variant: Variant,
  options: { panSeconds: number; settleMs?: number; timeoutMs?: number },
): Promise<WebRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.addInitScript(`${variant === "app" ? "" : "window.__benchBaseline = true;"}${PROBE_SCRIPT}`);
    await page.goto(url, { waitUntil: "load" });
    const settleMs = options.settleMs ?? 1000;
    const deadline = Date.now() + (options.timeoutMs ?? 180_000);
    // Settled: something drawn, and no frame for settleMs; for the app also its canvas marked ready (a big
    // graph's styles are resolved in slices after its first picture, with no frame drawn meanwhile).
    for (;;) {
      const state = await page.evaluate(() => {
        const p = (window as unknown as { __bench: { frames: number[]; error: string | null } }).__bench;
        const last = p.frames[p.frames.length - 1];
        const ready = document.querySelector<HTMLElement>(".canvas")?.dataset.ready !== "false";
        return { last, now: performance.now(), error: p.error, ready };
      });
      if (state.error) throw new Error(`page error: ${state.error}`);
      if (errors.length) throw new Error(`page error: ${errors.join("; ")}`);
      if (state.last !== undefined && state.ready && state.now - state.last >= settleMs) break;
      if (Date.now() > deadline) throw new Error(`${variant} at ${url} did not settle`);
      await page.waitForTimeout(100);
    }
    const first = await page.evaluate((v) => {
      type Probe = {
        frames: number[];
        firstPicture: number | null;
        dataAt: number | null;
        longTasks: { start: number; duration: number }[];
      };
      const p = (window as unknown as { __bench: Probe }).__bench;
      const firstRender = p.frames[p.frames.length - 1] ?? Number.NaN;
      // The baselines are given their graph before their first frame.
      const firstPicture = (v === "app" ? p.firstPicture : p.frames[0]) ?? Number.NaN;
      let dataAt = p.dataAt;
      if (v === "app") {
        const graph = performance.getEntriesByType("resource").find((e) => /\/api\/graph(\?|$)/.test(e.name)) as
          PerformanceResourceTiming | undefined;
        dataAt = graph ? graph.responseEnd : null;
      }
      // Every long task until the page settled: the app's last may come after its last frame (the end of a
      // big graph's style resolution draws nothing new).
      const tasks = p.longTasks;
      const w = window as unknown as {
        __cy?: { nodes(s?: string): { length: number }; renderer(): { webgl?: unknown } };
        __sigma?: { getGraph(): { order: number } };
      };
      const nodes = w.__sigma ? w.__sigma.getGraph().order : (w.__cy?.nodes(":visible").length ?? 0);
      const webgl = Boolean(w.__sigma) || Boolean(w.__cy?.renderer()?.webgl);
      return {
        firstPicture,
        firstRender,
        layout: dataAt === null ? Number.NaN : firstRender - dataAt,
        longest: Math.max(0, ...tasks.map((t) => t.duration)),
        over200: tasks.filter((t) => t.duration > 200).length,
        nodes,
        webgl,
      };
    }, variant);
    const { fps: pan_fps, redraw } = await panAndZoom(page, options.panSeconds);
    const click_ms = variant === "sigma" ? Number.NaN : await closeUpClick(page);
    return {
      first_picture_ms: first.firstPicture,
      first_render_ms: first.firstRender,
      layout_ms: first.layout,
      pan_fps,
      redraw_ms: redraw,
      longest_task_ms: first.longest,
      long_tasks_over_200ms: first.over200,
      click_ms,
      nodes_drawn: first.nodes,
      renderer: first.webgl ? "webgl" : "canvas",
    };
  } finally {
    await context.close();
  }
}

type Page = Awaited<ReturnType<Browser["newPage"]>>;

/**
 * Drag in circles and wheel in and out over the middle of the graph: frames drawn per second, and the
 * time from the last input to the renderer's next frame (for the app Cytoscape's, not a moved picture).
 */
async function panAndZoom(page: Page, seconds: number): Promise<{ fps: number; redraw: number }> {
  const start = await page.evaluate(() => {
    const p = (window as unknown as { __bench: { frames: number[] } }).__bench;
    p.frames.length = 0;
    return performance.now();
  });
  const cx = 640;
  const cy = 400;
  const until = Date.now() + seconds * 1000;
  let step = 0;
  let round = 0;
  while (Date.now() < until) {
    round++;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 0; i < 10 && Date.now() < until; i++, step++) {
      await page.mouse.move(cx + 120 * Math.cos(step / 5), cy + 80 * Math.sin(step / 5));
    }
    await page.mouse.up();
    for (let i = 0; i < 4 && Date.now() < until; i++) await page.mouse.wheel(0, round % 2 ? 120 : -120);
  }
  const fps = await page.evaluate((t0) => {
    const p = (window as unknown as { __bench: { frames: number[] } }).__bench;
    return p.frames.length / ((performance.now() - t0) / 1000);
  }, start);
  // The first frame the renderer drew after the last input; none within 10 s (nothing left to draw) is NaN.
  const redraw = await page
    .waitForFunction(
      () => {
        const p = (window as unknown as { __bench: { frames: number[]; renders?: number[]; lastInput?: number } })
          .__bench;
        const after = p.lastInput ?? Infinity;
        const at = (p.renders ?? p.frames).find((t) => t > after);
        return at === undefined ? false : at - after;
      },
      undefined,
      { timeout: 10_000, polling: 50 },
    )
    .then((h) => h.jsonValue() as Promise<number>)
    .catch(() => Number.NaN);
  return { fps, redraw };
}

/** Resolves once the page has drawn no frame for `quietMs`; the time of its last frame. */
async function quiet(page: Page, quietMs: number, timeoutMs = 30_000): Promise<number> {
  const handle = await page.waitForFunction(
    (quietMs) => {
      const p = (window as unknown as { __bench: { frames: number[] } }).__bench;
      const last = p.frames[p.frames.length - 1] ?? 0;
      return performance.now() - last >= quietMs ? last : false;
    },
    quietMs,
    { timeout: timeoutMs, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * Zooms in until an eighth of the graph's width is in view, on the node nearest the graph's middle, points
 * at it, and once all is drawn clicks it: the press to the last frame the click caused.
 */
async function closeUpClick(page: Page): Promise<number> {
  const target = await page.evaluate(() => {
    type Node = { position(): { x: number; y: number } };
    const cy = (
      window as unknown as {
        __cy: {
          nodes(): { forEach(f: (n: Node) => void): void };
          width(): number;
          height(): number;
          maxZoom(): number;
          viewport(v: { zoom: number; pan: { x: number; y: number } }): void;
          container(): HTMLElement;
        };
      }
    ).__cy;
    let x1 = Infinity;
    let x2 = -Infinity;
    let y1 = Infinity;
    let y2 = -Infinity;
    cy.nodes().forEach((n) => {
      const p = n.position();
      x1 = Math.min(x1, p.x);
      x2 = Math.max(x2, p.x);
      y1 = Math.min(y1, p.y);
      y2 = Math.max(y2, p.y);
    });
    const zoom = Math.min(cy.maxZoom(), (cy.width() / (x2 - x1 || 1)) * 8);
    // The node nearest the middle of the graph, put in the middle of the view.
    let best = { x: 0, y: 0, d: Infinity };
    cy.nodes().forEach((n) => {
      const p = n.position();
      const d = Math.hypot(p.x - (x1 + x2) / 2, p.y - (y1 + y2) / 2);
      if (d < best.d) best = { x: p.x, y: p.y, d };
    });
    cy.viewport({ zoom, pan: { x: cy.width() / 2 - best.x * zoom, y: cy.height() / 2 - best.y * zoom } });
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + cy.width() / 2, y: box.top + cy.height() / 2 };
  });
  await quiet(page, 1000);
  // On the node first, so its hover is drawn before the click is timed.
  await page.mouse.move(target.x, target.y);
  await quiet(page, 1000);
  const pressed = await page.evaluate(() => performance.now());
  await page.mouse.down();
  await page.mouse.up();
  const last = await quiet(page, 1000);
  return last > pressed ? last - pressed : Number.NaN;
}
