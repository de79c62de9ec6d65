/**
 * Response shapes of the routes the explorer uses: the shared contract where the API publishes one,
 * otherwise written to the routes in issue 5 and parsed leniently (extra fields pass).
 */
import { NodeMetrics } from "@pg/api/contract";
import type { FlowChain } from "@pg/api/contract/flows";
import { NodeDetails } from "@pg/api/contract/node-details";
import { GraphPath, PathsResult } from "@pg/api/contract/paths";
import { SearchHit, SearchResult } from "@pg/api/contract/search";
import { z } from "zod";

export { GraphPath, NodeDetails, PathsResult, SearchHit, SearchResult };
export type { Evidence } from "@pg/api/contract/node-details";
export type NodeDetailsT = z.infer<typeof NodeDetails>;
export type GraphPathT = z.infer<typeof GraphPath>;
export type SearchHitT = z.infer<typeof SearchHit>;

export { FlowsResult as FlowsResponse } from "@pg/api/contract/flows";
export type FlowChainT = z.infer<typeof FlowChain>;

export const MetricsResponse = z.union([
  z.looseObject({ metrics: z.record(z.string(), NodeMetrics) }),
  z.looseObject({ nodes: z.array(z.looseObject({ id: z.string(), metrics: NodeMetrics })) }),
]);
