/**
 * Cytoscape's WebGL renderer only pays off on a real GPU. Through a software rasteriser it was
 * 10–50× slower than canvas on this kind of machine, so a software renderer string means canvas.
 */
import { readRenderer, type ProbeAnswer } from "./webgl-probe";

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render|microsoft basic|mesa offscreen|lavapipe/i;

export type RendererKind = "canvas" | "webgl";

/** Small graphs draw fast either way; canvas is the better-tested path. */
export const WEBGL_MIN_NODES = 2000;

export function chooseRenderer(rendererString: string | null, nodeCount: number): RendererKind {
  if (!rendererString || SOFTWARE.test(rendererString)) return "canvas";
  return nodeCount >= WEBGL_MIN_NODES ? "webgl" : "canvas";
}

const PROBE_KEY = "pg:webgl-renderer";
type ProbeStorage = Pick<Storage, "getItem" | "setItem">;
/** A browser's GPU seldom changes, but a new driver or a GPU given up after a crash should be seen within a day. */
const PROBE_TTL_MS = 24 * 60 * 60 * 1000;

interface RememberedProbe {
  userAgent: string;
  at: number;
  renderer: string | null;
}

/**
 * The unmasked renderer string of the browser's WebGL, or null when there is none. Remembered for a
 * day per browser: making a WebGL context on a software rasteriser costs 150-250 ms of the main
 * thread, which every big graph paid before its first picture.
 */
export function webglRendererString(
  doc: Document = document,
  storage: ProbeStorage | null = browserStorage(),
  now = Date.now(),
): string | null {
  const userAgent = doc.defaultView?.navigator.userAgent ?? "";
  const seen = remembered(storage, userAgent, now);
  if (seen !== undefined) return seen;
  const renderer = readRenderer(doc.createElement("canvas"));
  remember(storage, { userAgent, at: now, renderer });
  return renderer;
}

/** The renderer remembered for this browser, if fresh; undefined when there is none to go by. */
function remembered(storage: ProbeStorage | null, userAgent: string, now: number): string | null | undefined {
  try {
    const raw = storage?.getItem(PROBE_KEY);
    const seen = raw ? (JSON.parse(raw) as Partial<RememberedProbe>) : null;
    const fresh = seen && seen.userAgent === userAgent && typeof seen.at === "number" && now - seen.at < PROBE_TTL_MS;
    if (fresh && (typeof seen.renderer === "string" || seen.renderer === null)) return seen.renderer;
  } catch {
    // Unreadable: probe again.
  }
  return undefined;
}

function remember(storage: ProbeStorage | null, probe: RememberedProbe): void {
  try {
    storage?.setItem(PROBE_KEY, JSON.stringify(probe));
  } catch {
    // Storage full or disabled: the next big graph probes again.
  }
}

/**
 * Probes now, while the page waits for a big graph's check in its worker, so that canvasSetup finds the
 * answer remembered. In a worker of its own where the browser can make WebGL there (OffscreenCanvas):
 * the probe then costs the page nothing. Where it cannot, where the worker's answer is not in by the
 * time the canvas is made, or where nothing can be remembered, canvasSetup probes on the main thread.
 */
export function probeRendererNow(
  storage: ProbeStorage | null = browserStorage(),
  startWorker: () => Worker | null = startProbeWorker,
  userAgent = globalThis.navigator?.userAgent ?? "",
): void {
  if (!storage || remembered(storage, userAgent, Date.now()) !== undefined) return;
  let worker: Worker | null;
  try {
    worker = startWorker();
  } catch {
    return;
  }
  if (!worker) {
    webglRendererString();
    return;
  }
  const w = worker;
  inFlight = new Promise<void>((settle) => {
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      w.terminate();
      inFlight = null;
      settle();
    };
    w.onmessage = (e: MessageEvent<ProbeAnswer>) => {
      // Null: no WebGL in a worker, which says nothing of the page's own; canvasSetup will ask there.
      if (e.data.renderer !== null) remember(storage, { userAgent, at: Date.now(), renderer: e.data.renderer });
      done();
    };
    w.onerror = done;
    // A worker that never answers holds nothing up for long: the page then asks for itself.
    setTimeout(done, PROBE_WAIT_MS);
  });
}

/** The longest a canvas waits for the probe's worker. */
const PROBE_WAIT_MS = 1000;
let inFlight: Promise<void> | null = null;

/**
 * Settles once the probe's worker has answered, failed or run out of time; at once when there is none.
 * Making a WebGL context on the page while the worker makes its own waited on it: a task of ~0.2 s at 5k
 * nodes, where the worker's answer comes after the graph's check.
 */
export function rendererProbed(): Promise<void> {
  return inFlight ?? Promise.resolve();
}

/** The probe's worker, or null where a worker could not make WebGL (no OffscreenCanvas). */
function startProbeWorker(): Worker | null {
  if (typeof Worker === "undefined" || typeof OffscreenCanvas === "undefined") return null;
  return new Worker(new URL("./renderer-probe.worker.ts", import.meta.url), { type: "module" });
}

function browserStorage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

/**
 * Options that keep a large graph responsive on the canvas renderer.
 *
 * textureOnViewport and hideEdgesOnViewport stay off although they sound made for this: a moving
 * viewport then skips Cytoscape's layered texture cache, which is what makes panning cheap (layers
 * drawn at rest are only translated). With textureOnViewport every drag and wheel began with a full
 * draw into a texture at a larger scale and ended with another: pan/zoom 2.3 -> 20.6 fps at 1k nodes
 * and 1.3 -> 2.2 fps at 5k when turned off, level at 20k (bench/web/PROFILE.md). Hiding edges made
 * every frame of a pan a draw of each node at 20k.
 */
export function viewportOptions(nodeCount: number) {
  const big = nodeCount > 500;
  return {
    textureOnViewport: false,
    hideEdgesOnViewport: false,
    hideLabelsOnViewport: big,
    pixelRatio: big ? 1 : ("auto" as const),
    motionBlur: false,
  };
}
