import { describe, expect, it } from "vitest";
import { previewTransform, wheelFactor, wheelPixels, zoomedAbout, type Viewport } from "./viewport-preview";

/** Where the viewport `v` draws the model point `m`. */
const rendered = (v: Viewport, m: { x: number; y: number }) => ({
  x: v.pan.x + v.zoom * m.x,
  y: v.pan.y + v.zoom * m.y,
});

/** Applies a "translate(tx, ty) scale(s)" transform (origin top left) to a point of the picture. */
function transformed(css: string, p: { x: number; y: number }) {
  if (css === "") return p;
  const m = /translate\((-?[\d.e-]+)px, (-?[\d.e-]+)px\) scale\(([\d.e-]+)\)/.exec(css);
  if (!m) throw new Error(`not a preview transform: ${css}`);
  const [tx, ty, s] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return { x: tx + s * p.x, y: ty + s * p.y };
}

describe("previewTransform", () => {
  it("moves each point of the picture drawn at one viewport to where the other viewport draws it", () => {
    const drawn: Viewport = { zoom: 0.5, pan: { x: 100, y: -40 } };
    const target: Viewport = { zoom: 1.25, pan: { x: -300, y: 220 } };
    const css = previewTransform(drawn, target);
    for (const m of [
      { x: 0, y: 0 },
      { x: 640, y: -75 },
      { x: -1200, y: 3000 },
    ]) {
      const moved = transformed(css, rendered(drawn, m));
      const want = rendered(target, m);
      expect(moved.x).toBeCloseTo(want.x, 6);
      expect(moved.y).toBeCloseTo(want.y, 6);
    }
  });

  it("is empty when the picture already shows the viewport", () => {
    const v: Viewport = { zoom: 0.8, pan: { x: 12, y: 34 } };
    expect(previewTransform(v, { zoom: 0.8, pan: { x: 12, y: 34 } })).toBe("");
  });
});

describe("zoomedAbout", () => {
  it("keeps the point under the cursor in place", () => {
    const v: Viewport = { zoom: 1, pan: { x: 50, y: 80 } };
    const at = { x: 400, y: 300 };
    const z = zoomedAbout(v, 2, at, 0.05, 4);
    expect(z.zoom).toBe(2);
    const model = { x: (at.x - v.pan.x) / v.zoom, y: (at.y - v.pan.y) / v.zoom };
    expect(rendered(z, model)).toEqual(at);
  });

  it("stops at the zoom limits, still about the cursor", () => {
    const v: Viewport = { zoom: 3, pan: { x: 0, y: 0 } };
    const z = zoomedAbout(v, 10, { x: 90, y: 30 }, 0.05, 4);
    expect(z.zoom).toBe(4);
    expect(rendered(z, { x: 30, y: 10 })).toEqual({ x: 90, y: 30 });
    expect(zoomedAbout({ zoom: 0.06, pan: { x: 0, y: 0 } }, 0.1, { x: 0, y: 0 }, 0.05, 4).zoom).toBe(0.05);
  });
});

describe("the wheel", () => {
  it("zooms out when turned towards the user, in when away, the same amount each way", () => {
    const notch = wheelPixels({ deltaY: 120, deltaMode: 0 }, 800);
    expect(wheelFactor(notch)).toBeLessThan(1);
    expect(wheelFactor(-notch)).toBeGreaterThan(1);
    expect(wheelFactor(notch) * wheelFactor(-notch)).toBeCloseTo(1, 12);
  });

  it("reads lines and pages as pixels, and caps one event's step", () => {
    expect(wheelPixels({ deltaY: 3, deltaMode: 1 }, 800)).toBe(99);
    expect(wheelPixels({ deltaY: 1, deltaMode: 2 }, 800)).toBe(300);
    expect(wheelPixels({ deltaY: -5000, deltaMode: 0 }, 800)).toBe(-300);
    expect(wheelPixels({ deltaY: 0, deltaMode: 0 }, 800)).toBe(0);
  });
});
