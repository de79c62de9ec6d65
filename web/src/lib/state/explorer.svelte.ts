/**
 * dataset → filtered → elements, one direction. Panels read from here and change only `view`;
 * GraphCanvas alone turns `elements` into pixels and registers the commands it offers.
 */
import { getContext, setContext } from "svelte";
import type { Graph } from "@pg/api/contract";
import { applyFilters, neighbourhood, normalisedMetric } from "../graph/filters";
import { LEAN_GRAPH_NODES } from "../graph/lean-style";
import { idSet } from "../graph/merge";
import { toElements } from "../graph/to-cytoscape";
import { defaultView, type ViewState } from "../graph/view";
import type { ExportBackground } from "../graph/exports";
import { DatasetState } from "./dataset.svelte";

export interface Highlight {
  /** Paths draw their edges in the highlight colour; flows keep their status colours. */
  kind?: "path" | "flow" | "selection";
  nodes: Set<string>;
  edges: Set<string>;
  /** The hop being looked at, drawn stronger. */
  current?: { nodes: Set<string>; edges: Set<string> };
}

/** What the canvas can do when asked; registered by GraphCanvas while it lives. */
export interface CanvasCommands {
  centre(id: string): void;
  fit(): void;
  /** Frames these nodes, not closer than a comfortable reading zoom. */
  fitTo(ids: readonly string[]): void;
  png(background: ExportBackground): Promise<Blob>;
  svg(background: ExportBackground): Promise<Blob>;
  /** What is on screen now, exactly: for a tour step that shows the same picture. */
  picture(): CanvasPicture;
  /** Glides the camera to this zoom and pan (a tour step's viewport). */
  look(camera: { zoom: number; pan: { x: number; y: number } }): void;
}

/** The canvas as it is drawn: the visible nodes' model positions, the camera and the canvas's size. */
export interface CanvasPicture {
  positions: Map<string, { x: number; y: number }>;
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
}

export class Explorer {
  readonly dataset = new DatasetState();
  view = $state<ViewState>(defaultView());
  highlight = $state.raw<Highlight | null>(null);
  canvas = $state.raw<CanvasCommands | null>(null);
  /** The renderer in use, for the status line and the benchmark. */
  renderer = $state<"canvas" | "webgl" | null>(null);
  /** performance.now() when the first laid-out picture was on screen, and the force layout's time: for the benchmark. */
  drawnAt = $state<number | null>(null);
  layoutMs = $state<number | null>(null);
  /** Counts the API's returns after an outage, so panels can fetch again what failed meanwhile. */
  reconnects = $state(0);

  filtered: Graph = $derived(
    applyFilters(this.dataset.graph, this.view, {
      spans: this.dataset.spans,
      sides: this.dataset.sides,
      metrics: this.dataset.metrics,
    }),
  );

  sizes = $derived(
    this.view.sizeBy && this.dataset.metrics.size
      ? normalisedMetric(this.dataset.metrics, this.view.sizeBy)
      : undefined,
  );

  /** Every node of the dataset goes to the canvas once; filtering only hides, so positions stay put. */
  elements = $derived(toElements(this.dataset.graph, this.sizes ? { sizes: this.sizes } : {}));

  /**
   * With nothing else highlighted, the selection and its direct neighbours stand out. Not in a big graph:
   * fading the rest restyles every element, at 20k nodes a 1.3-1.8 s block on each click and each
   * deselect (bench/web/PROFILE.md); there the selection's ring and its relationships in their own
   * colour (the stylesheet's `picked`) mark it.
   */
  selectionHighlight: Highlight | null = $derived.by(() => {
    const id = this.view.selected;
    if (!id || this.view.mode === "flows" || this.view.mode === "paths") return null;
    if (this.dataset.graph.nodes.length >= LEAN_GRAPH_NODES) return null;
    const near = neighbourhood(id, 1, this.filtered.relationships);
    const edges = this.filtered.relationships.filter((r) => r.from === id || r.to === id);
    return { kind: "selection", nodes: near, edges: idSet(edges) };
  });

  visibleIds = $derived(idSet(this.filtered.nodes));
  visibleEdgeIds = $derived(idSet(this.filtered.relationships));

  select(id: string | null, opts: { centre?: boolean } = {}): void {
    this.view.selected = id;
    if (id && opts.centre) queueMicrotask(() => this.canvas?.centre(id));
  }

  resetFilters(): void {
    const d = defaultView();
    Object.assign(this.view, {
      hiddenTypes: d.hiddenTypes,
      sides: d.sides,
      yearFrom: null,
      yearTo: null,
      minMetric: 0,
      focusDepth: null,
      hiddenIds: [],
      expanded: [],
    });
  }

  /** Frames what is shown (or these nodes) once the canvas has drawn the change just made. */
  refit(ids?: readonly string[]): void {
    requestAnimationFrame(() => requestAnimationFrame(() => (ids ? this.canvas?.fitTo(ids) : this.canvas?.fit())));
  }

  isExpanded(id: string): boolean {
    return this.view.expanded.includes(id);
  }

  /** Shows the node's neighbours whatever the filters say; nothing else in the view changes. */
  expand(id: string): void {
    if (!this.isExpanded(id)) this.view.expanded = [...this.view.expanded, id];
  }

  collapse(id: string): void {
    this.view.expanded = this.view.expanded.filter((e) => e !== id);
  }
}

const KEY = Symbol("explorer");
export const setExplorer = (e: Explorer): Explorer => setContext(KEY, e);
export const getExplorer = (): Explorer => getContext<Explorer>(KEY);
