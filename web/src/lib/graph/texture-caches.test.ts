import type { Core, SingularElementArgument } from "cytoscape";
import { describe, expect, it } from "vitest";
import { skipEmptyTextureCaches } from "./texture-caches";

/** A texture cache as the renderer has it (its methods on its prototype), recording what it was asked to drop. */
class FakeCache {
  dropped: string[] = [];
  lookup = { keyForId: new Map<string, unknown>() };
  queued = 0;
  getElementQueue() {
    return { size: () => this.queued };
  }
  invalidateElements(eles: ArrayLike<SingularElementArgument>) {
    for (const e of Array.from(eles)) this.dropped.push(e.id());
  }
}
const cache = () => new FakeCache();

/** Headless Cytoscape has no canvas renderer: one with four caches stands in. */
function withCaches() {
  const caches = { eleTxrCache: cache(), lblTxrCache: cache(), slbTxrCache: cache(), tlbTxrCache: cache() };
  const cy = { renderer: () => ({ data: caches }) } as unknown as Core;
  return { cy, caches };
}

const eles = ["a", "b"].map((id) => ({ id: () => id })) as unknown as SingularElementArgument[];

describe("skipEmptyTextureCaches", () => {
  it("asks only the caches that hold or await a texture to drop elements", () => {
    const { cy, caches } = withCaches();
    skipEmptyTextureCaches(cy);
    caches.lblTxrCache.lookup.keyForId.set("a", "key-a");
    caches.tlbTxrCache.queued = 1;
    for (const c of Object.values(caches)) c.invalidateElements(eles);
    expect(caches.eleTxrCache.dropped).toEqual([]);
    expect(caches.lblTxrCache.dropped).toEqual(["a", "b"]);
    expect(caches.slbTxrCache.dropped).toEqual([]);
    expect(caches.tlbTxrCache.dropped).toEqual(["a", "b"]);
  });

  it("after dispose, every cache is asked again", () => {
    const { cy, caches } = withCaches();
    skipEmptyTextureCaches(cy).dispose();
    for (const c of Object.values(caches)) c.invalidateElements(eles);
    for (const c of Object.values(caches)) expect(c.dropped).toEqual(["a", "b"]);
  });
});
