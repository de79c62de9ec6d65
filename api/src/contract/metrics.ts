import { z } from "zod";
import { NodeMetrics, NodeTypeName } from "./graph";

export const METRIC_NAMES = ["degree", "betweenness", "closeness", "pagerank"] as const;

export const RankedNode = z.object({
  id: z.string(),
  name: z.string(),
  type: NodeTypeName,
  metrics: NodeMetrics,
});
export type RankedNode = z.infer<typeof RankedNode>;

/** GET /api/metrics: per-node centralities and Louvain communities over the network. */
export const MetricsResult = z.object({
  version: z.string(),
  /** false when the graph was too large for exact betweenness and closeness (they are then 0). */
  exact: z.boolean(),
  communities: z.number().int(),
  modularity: z.number(),
  sortedBy: z.enum(METRIC_NAMES),
  nodes: z.array(RankedNode),
});
export type MetricsResult = z.infer<typeof MetricsResult>;
