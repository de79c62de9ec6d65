/**
 * The WebGL probe off the main thread: making a context on a software rasteriser blocked the page for
 * 85-150 ms while a big graph loaded. Posts its answer once, as soon as it has loaded.
 */
import { readRenderer, type ProbeAnswer } from "./webgl-probe";

const renderer = typeof OffscreenCanvas === "undefined" ? null : readRenderer(new OffscreenCanvas(1, 1));
(self as unknown as Worker).postMessage({ renderer } satisfies ProbeAnswer);
