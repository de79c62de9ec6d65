/** The Cytoscape picture as an SVG file, through cytoscape-svg (loaded only when someone asks for one). */
import type { Core } from "cytoscape";
import { loadCytoscape } from "./graph/cytoscape-module";
import { canvasRenderer } from "./graph/cytoscape-internals";
import { EXPORT_BACKGROUNDS, type ExportBackground } from "./graph/exports";

let registered: Promise<void> | null = null;
const register = () =>
  (registered ??= Promise.all([loadCytoscape(), import("cytoscape-svg")]).then(([cytoscape, { default: svg }]) => {
    cytoscape.use(svg);
  }));

/**
 * Cytoscape 3.35 draws round polygons (the Knowledge nodes' round diamond) without starting a new path.
 * A canvas does not mind; cytoscape-svg then paints onto the previous label instead of drawing the node,
 * and logs an error for each. Starting the path first fixes both, for the length of the export.
 */
function withRoundPolygonsFixed<T>(cy: Core, draw: () => T): T {
  const r = canvasRenderer(cy);
  const original = r.drawRoundPolygonPath;
  r.drawRoundPolygonPath = function (context, ...rest) {
    context.beginPath?.();
    return original.call(this, context, ...rest);
  };
  try {
    return draw();
  } finally {
    r.drawRoundPolygonPath = original;
  }
}

export async function svgBlob(cy: Core, background: ExportBackground): Promise<Blob> {
  await register();
  const c = cy as Core & { svg(o: { full: boolean; bg?: string }): string };
  const bg = EXPORT_BACKGROUNDS[background];
  const text = withRoundPolygonsFixed(cy, () => c.svg(bg ? { full: true, bg } : { full: true }));
  return new Blob([text], { type: "image/svg+xml" });
}
