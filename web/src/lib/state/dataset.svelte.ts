/** The graph as the API gives it, plus facts derived once from it. The start of the one-way pipeline. */
import type { Graph, GraphNode, NodeMetrics } from "@pg/api/contract";
import { api, ApiError } from "../api";
import { indexById, mergeGraph, metricsMap } from "../graph/merge";
import { nodeSides, nodeSpans, yearBounds } from "../graph/node-facts";
import { probeRendererNow } from "../graph/renderer-choice";

export class DatasetState {
  graph = $state.raw<Graph>({ nodes: [], relationships: [] });
  metrics = $state.raw<Map<string, NodeMetrics>>(metricsMap({}));
  loading = $state(true);
  error = $state<string | null>(null);

  byId: Map<string, GraphNode> = $derived(indexById(this.graph.nodes));
  spans = $derived(nodeSpans(this.graph));
  sides = $derived(nodeSides(this.graph));
  years = $derived(yearBounds(this.spans));

  async load(): Promise<void> {
    this.loading = true;
    try {
      // A graph big enough for the worker's check may be drawn with WebGL: ask what the GPU is meanwhile.
      const graph = await api.graph({ whileChecking: probeRendererNow });
      this.graph = graph;
      this.error = null;
      const withMetrics = graph.nodes.filter((n) => n.metrics);
      if (withMetrics.length) this.metrics = metricsMap(Object.fromEntries(withMetrics.map((n) => [n.id, n.metrics!])));
      else
        // Metrics only size nodes; the graph is usable without them.
        api
          .metrics()
          .then((m) => (this.metrics = metricsMap(m)))
          .catch((e: unknown) => console.warn("metrics unavailable", e));
    } catch (e) {
      this.error = e instanceof ApiError ? e.message : "The graph could not be loaded.";
    } finally {
      this.loading = false;
    }
  }

  /** Adds what "expand" fetched; nodes and relationships already present are kept as they are. */
  merge(extra: Graph): string[] {
    this.graph = mergeGraph(this.graph, extra);
    return extra.nodes.map((n) => n.id);
  }

  name(id: string | null | undefined): string {
    return (id && this.byId.get(id)?.name) || id || "";
  }
}
