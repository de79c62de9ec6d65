/**
 * Reads which GPU draws WebGL here, from a new context on a page's canvas or, in a worker, an
 * OffscreenCanvas (renderer-probe.worker.ts). Kept apart from renderer-choice.ts so the worker's
 * bundle holds this alone.
 */

/** What the probe worker posts: the renderer string, or null when it could make no WebGL context. */
export interface ProbeAnswer {
  renderer: string | null;
}

/** The unmasked renderer string of a new WebGL context on `canvas`, or null when there is none. */
export function readRenderer(canvas: HTMLCanvasElement | OffscreenCanvas): string | null {
  try {
    const gl = canvas.getContext("webgl") as WebGLRenderingContext | null;
    if (!gl) return null;
    const ext = gl.getExtension("WEBGL_debug_renderer_info");
    const s: unknown = ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
    gl.getExtension("WEBGL_lose_context")?.loseContext();
    return typeof s === "string" ? s : null;
  } catch {
    return null;
  }
}
