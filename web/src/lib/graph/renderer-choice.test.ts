import { describe, expect, it } from "vitest";
import { chooseRenderer, probeRendererNow, rendererProbed, webglRendererString } from "./renderer-choice";

describe("renderer choice", () => {
  it("uses canvas on software rasterisers", () => {
    expect(chooseRenderer("ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)))", 20000)).toBe("canvas");
    expect(chooseRenderer("llvmpipe (LLVM 15.0.6, 256 bits)", 20000)).toBe("canvas");
    expect(chooseRenderer(null, 20000)).toBe("canvas");
    expect(chooseRenderer("ANGLE (NVIDIA GeForce RTX 3060)", 20000)).toBe("webgl");
    expect(chooseRenderer("ANGLE (NVIDIA GeForce RTX 3060)", 100)).toBe("canvas");
  });
});

describe("the WebGL probe", () => {
  const DAY = 24 * 60 * 60 * 1000;
  // A document whose canvas answers with `renderer`, counting the WebGL contexts made.
  const browser = (renderer: string | null, userAgent = "Chromium 131") => {
    const made = { contexts: 0 };
    const gl = {
      RENDERER: 1,
      getExtension: (name: string) => (name === "WEBGL_debug_renderer_info" ? { UNMASKED_RENDERER_WEBGL: 2 } : null),
      getParameter: () => renderer,
    };
    const doc = {
      defaultView: { navigator: { userAgent } },
      createElement: () => ({
        getContext: () => {
          made.contexts++;
          return renderer === null ? null : gl;
        },
      }),
    } as unknown as Document;
    return { doc, made };
  };
  const memory = () => {
    const items = new Map<string, string>();
    return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
  };

  it("makes a WebGL context once a day per browser, and answers from memory in between", () => {
    const storage = memory();
    const gpu = browser("ANGLE (NVIDIA GeForce RTX 3060)");
    expect(webglRendererString(gpu.doc, storage, 0)).toBe("ANGLE (NVIDIA GeForce RTX 3060)");
    expect(webglRendererString(gpu.doc, storage, DAY - 1)).toBe("ANGLE (NVIDIA GeForce RTX 3060)");
    expect(gpu.made.contexts).toBe(1);
    expect(webglRendererString(gpu.doc, storage, DAY + 1)).toBe("ANGLE (NVIDIA GeForce RTX 3060)");
    expect(gpu.made.contexts).toBe(2);
  });

  it("remembers that there is no WebGL, and probes again in another browser", () => {
    const storage = memory();
    const none = browser(null);
    expect(webglRendererString(none.doc, storage, 0)).toBeNull();
    expect(webglRendererString(none.doc, storage, 1)).toBeNull();
    expect(none.made.contexts).toBe(1);
    const other = browser("llvmpipe (LLVM 15.0.6, 256 bits)", "Firefox 133");
    expect(webglRendererString(other.doc, storage, 2)).toBe("llvmpipe (LLVM 15.0.6, 256 bits)");
    expect(other.made.contexts).toBe(1);
  });

  it("probes every time when storage is missing, unreadable or full", () => {
    const gpu = browser("ANGLE (NVIDIA GeForce RTX 3060)");
    expect(webglRendererString(gpu.doc, null, 0)).toBe("ANGLE (NVIDIA GeForce RTX 3060)");
    const broken = {
      getItem: () => "{not json",
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(webglRendererString(gpu.doc, broken, 0)).toBe("ANGLE (NVIDIA GeForce RTX 3060)");
    expect(gpu.made.contexts).toBe(2);
  });

  describe("in a worker", () => {
    const UA = "Chromium 131";
    /** A worker as the page sees it; `answer` delivers what the real one posts once loaded. */
    const fakeWorker = () => {
      const w = {
        onmessage: null as ((e: MessageEvent) => void) | null,
        onerror: null as (() => void) | null,
        terminated: false,
        terminate: () => void (w.terminated = true),
        answer: (renderer: string | null) => w.onmessage?.({ data: { renderer } } as MessageEvent),
      };
      return w;
    };

    it("remembers the worker's answer, so the page makes no WebGL context of its own", () => {
      const storage = memory();
      const w = fakeWorker();
      probeRendererNow(storage, () => w as unknown as Worker, UA);
      w.answer("ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)))");
      expect(w.terminated).toBe(true);
      const page = browser("never asked", UA);
      expect(webglRendererString(page.doc, storage)).toBe(
        "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)))",
      );
      expect(page.made.contexts).toBe(0);
    });

    it("lets the canvas wait for the worker's answer, and not at all when none is being asked", async () => {
      const storage = memory();
      const w = fakeWorker();
      probeRendererNow(storage, () => w as unknown as Worker, UA);
      let probed = false;
      void rendererProbed().then(() => (probed = true));
      await Promise.resolve();
      expect(probed).toBe(false);
      w.answer("ANGLE (NVIDIA GeForce RTX 3060)");
      await rendererProbed();
      await Promise.resolve();
      expect(probed).toBe(true);
      await rendererProbed();
    });

    it("leaves a null answer to the page, which asks its own canvas", () => {
      const storage = memory();
      const w = fakeWorker();
      probeRendererNow(storage, () => w as unknown as Worker, UA);
      w.answer(null);
      const page = browser("llvmpipe (LLVM 15.0.6, 256 bits)", UA);
      expect(webglRendererString(page.doc, storage)).toBe("llvmpipe (LLVM 15.0.6, 256 bits)");
      expect(page.made.contexts).toBe(1);
    });

    it("starts no worker when the answer is remembered, or when nothing could remember it", () => {
      const storage = memory();
      webglRendererString(browser("ANGLE (NVIDIA GeForce RTX 3060)", UA).doc, storage);
      let started = 0;
      const start = () => {
        started++;
        return fakeWorker() as unknown as Worker;
      };
      probeRendererNow(storage, start, UA);
      probeRendererNow(null, start, UA);
      expect(started).toBe(0);
    });
  });
});
