/**
 * Response shapes of the routes the explorer uses: the shared contract where the API publishes one,
 * otherwise written to the routes in issue 5 and parsed leniently (extra fields pass).
 */
import { GraphNode, GraphRelationship, NodeMetrics } from "@pg/api/contract";
import { NodeDetails } from "@pg/api/contract/node-details";
import { GraphPath, PathsResult } from "@pg/api/contract/paths";
import { SearchHit, SearchResult } from "@pg/api/contract/search";
import { z } from "zod";

export { GraphPath, NodeDetails, PathsResult, SearchHit, SearchResult };
export type { Evidence } from "@pg/api/contract/node-details";
export type NodeDetailsT = z.infer<typeof NodeDetails>;
export type GraphPathT = z.infer<typeof GraphPath>;
export type SearchHitT = z.infer<typeof SearchHit>;

export const FlowHop = z.looseObject({
  relationship: GraphRelationship,
  hinderedBy: z.array(GraphNode).optional(),
});
export const FlowChain = z.looseObject({
  start: z.string(),
  hops: z.array(FlowHop),
});
export type FlowChainT = z.infer<typeof FlowChain>;
export const FlowsResponse = z.looseObject({ chains: z.array(FlowChain) });

export const MetricsResponse = z.union([
  z.looseObject({ metrics: z.record(z.string(), NodeMetrics) }),
  z.looseObject({ nodes: z.array(z.looseObject({ id: z.string(), metrics: NodeMetrics })) }),
]);
