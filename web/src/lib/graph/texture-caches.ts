/**
 * Cytoscape's canvas renderer keeps textures of drawn elements and labels in four caches. Before each
 * frame it has each cache drop what it holds for every element whose style or bounds changed. A big
 * graph's first frame comes once all of its elements are in and styled: at 20k nodes that frame spent
 * 0.1-0.15 s finding, 60k elements times four, that caches which had never drawn anything held nothing
 * for any of them (bench/web/PROFILE.md).
 *
 * A cache that holds no element's texture and has none queued has nothing to drop: it is skipped. Once
 * anything is drawn into it, it does its own work as before.
 */
import type { Core } from "cytoscape";
import { canvasRenderer, elementTextureCaches, restoreOwn } from "./cytoscape-internals";

export interface TextureCaches {
  dispose(): void;
}

export function skipEmptyTextureCaches(cy: Core): TextureCaches {
  const caches = elementTextureCaches(canvasRenderer(cy));
  for (const cache of caches) {
    const invalidate = cache.invalidateElements.bind(cache);
    cache.invalidateElements = (eles) => {
      if (cache.lookup.keyForId.size > 0 || cache.getElementQueue().size() > 0) invalidate(eles);
    };
  }
  return {
    dispose() {
      for (const cache of caches) restoreOwn(cache, "invalidateElements");
    },
  };
}
