/**
 * The force-directed picture of the network, the same wherever it is computed: the API computes it once
 * per dataset version (GET /api/layout), the browser only when the API cannot (and only with fcose, up
 * to FCOSE_MAX_NODES). Pure data and zod, so both sides build the same fcose input from the same graph.
 */
import { z } from "zod";
import type { Graph } from "./graph";

/**
 * Beyond this many nodes fcose gives way to ForceAtlas2 (Barnes-Hut): fcose at draft quality took
 * 1.4 s at 5k nodes on a quiet machine, 14 s at 5k and 110 s at 20k on a busy one.
 */
export const FCOSE_MAX_NODES = 6000;
/** Beyond this many nodes no force layout at all (by type instead): ForceAtlas2 took 5–16 s at 20k. */
export const FORCE_LAYOUT_MAX_NODES = 25_000;
export const LAYOUT_SEED = 20120501;

/**
 * fcose settings by size. It runs with a seeded Math.random, so `randomize` (a spectral start, which
 * lays out better than any fixed start) is still deterministic. Default quality took 1–2 s for the
 * report's graph and 12 s for 1k nodes on a 2-core machine; draft 0.4 s at 1k and 1.4 s at 5k.
 */
export function fcoseOptions(nodeCount: number) {
  return {
    name: "fcose",
    quality: nodeCount > 600 ? "draft" : "default",
    randomize: true,
    animate: false,
    fit: false,
    padding: 40,
    nodeDimensionsIncludeLabels: false,
    nodeRepulsion: 16000,
    idealEdgeLength: 95,
    edgeElasticity: 0.35,
    gravity: 0.25,
    gravityRange: 3.8,
    numIter: nodeCount > 1000 ? 600 : 2500,
    tile: true,
    tilingPaddingVertical: 30,
    tilingPaddingHorizontal: 30,
  } as const;
}

export interface ForceLayoutInput {
  nodes: { id: string; size: number }[];
  edges: { id: string; source: string; target: string }[];
  options: Record<string, unknown>;
  seed: number;
  /** ForceAtlas2 only: each node's community (as `nodes`), where its start is drawn from. */
  communities?: number[];
}

/**
 * What fcose is given: node diameters from the degree (as the explorer sizes nodes by default), so the
 * picture does not depend on the viewer's settings and can be computed once for everyone.
 */
export function forceLayoutInput(graph: Graph): ForceLayoutInput {
  const maxDegree = Math.max(0, ...graph.nodes.map((n) => n.metrics?.degree ?? 0));
  const ids = new Set(graph.nodes.map((n) => n.id));
  return {
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      size: 30 + (maxDegree > 0 ? (n.metrics?.degree ?? 0) / maxDegree : 0) * 20,
    })),
    edges: graph.relationships
      .filter((r) => ids.has(r.from) && ids.has(r.to))
      .map((r) => ({ id: r.id, source: r.from, target: r.to })),
    options: { ...fcoseOptions(graph.nodes.length) },
    seed: LAYOUT_SEED,
  };
}

/** GET /api/layout: model positions per node id, for the dataset version named. */
export const LayoutResponse = z.object({
  version: z.string(),
  /** [id, x, y], one per node of /api/graph; empty past FORCE_LAYOUT_MAX_NODES (by type instead). */
  positions: z.array(z.tuple([z.string(), z.number(), z.number()])),
  /** How long the layout took to compute, once. */
  ms: z.number(),
});
export type LayoutResponse = z.infer<typeof LayoutResponse>;
