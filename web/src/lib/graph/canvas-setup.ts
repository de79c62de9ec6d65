/**
 * How the Cytoscape instance is made for a graph of this size: the stylesheet's tier, the renderer
 * (WebGL only on a real GPU) and the viewport options that keep a big graph responsive.
 */
import type { CytoscapeOptions, StylesheetJson } from "cytoscape";
import { styleTier, stylesheetFor, type StyleTier } from "./lean-style";
import {
  WEBGL_MIN_NODES,
  chooseRenderer,
  viewportOptions,
  webglRendererString,
  type RendererKind,
} from "./renderer-choice";

export interface CanvasSetup {
  options: CytoscapeOptions;
  renderer: RendererKind;
  tier: StyleTier;
  /** Drawn with a reduced stylesheet: every node pans the view when pressed (see panOnSmallNodes). */
  big: boolean;
}

export function canvasSetup(container: HTMLElement, nodes: number, edges: number): CanvasSetup {
  // Asking for a WebGL context costs a quarter of a second on a software rasteriser: only worth it
  // when WebGL could be chosen.
  const renderer = chooseRenderer(nodes >= WEBGL_MIN_NODES ? webglRendererString() : null, nodes);
  const tier = styleTier(nodes, edges);
  const options = {
    container,
    style: stylesheetFor(tier) as unknown as StylesheetJson,
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: "single",
    ...viewportOptions(nodes),
    ...(renderer === "webgl" ? { renderer: { name: "canvas", webgl: true } } : {}),
  } as CytoscapeOptions;
  return { options, renderer, tier, big: tier !== "full" };
}
