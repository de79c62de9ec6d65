/**
 * Response shapes of the routes the explorer uses. Graph shapes come from the shared contract;
 * the rest are written to the routes in issue 5 and parsed leniently (extra fields pass), so a
 * field the API adds later does not break the page. Replace each with the contract's schema as
 * the API publishes it.
 */
import { GraphNode, GraphRelationship, NodeMetrics, PropertyValue } from "@pg/api/contract";
import { z } from "zod";

export const Evidence = z.looseObject({
  section: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  quote: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Neighbour = z.looseObject({
  relationship: GraphRelationship,
  node: GraphNode,
  direction: z.enum(["out", "in"]),
});
export type Neighbour = z.infer<typeof Neighbour>;

export const NodeDetails = z.looseObject({
  node: GraphNode,
  labels: z.array(z.string()).optional(),
  evidence: z.array(Evidence),
  /** The explorer groups neighbours from the loaded graph itself; this is read only when present. */
  neighbours: z.unknown().optional(),
});
export type NodeDetails = z.infer<typeof NodeDetails>;

export const SearchHit = z.looseObject({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  field: z.string().optional(),
  snippet: z.string().nullable().optional(),
  score: z.number().optional(),
});
export type SearchHit = z.infer<typeof SearchHit>;
export const SearchResponse = z.looseObject({ hits: z.array(SearchHit) });

export const Hop = z.looseObject({
  from: z.string(),
  to: z.string(),
  type: z.string(),
  quote: z.string().nullable().optional(),
  section: z.string().nullable().optional(),
});
export type Hop = z.infer<typeof Hop>;

export const GraphPath = z.looseObject({
  nodes: z.array(GraphNode),
  relationships: z.array(GraphRelationship),
  sentence: z.string(),
  hops: z.array(Hop).optional(),
});
export type GraphPath = z.infer<typeof GraphPath>;
export const PathsResponse = z.looseObject({ paths: z.array(GraphPath) });

export const FlowHop = z.looseObject({
  relationship: GraphRelationship,
  hinderedBy: z.array(GraphNode).optional(),
});
export type FlowHop = z.infer<typeof FlowHop>;
export const FlowChain = z.looseObject({
  start: z.string(),
  hops: z.array(FlowHop),
  stopsAt: z.string().nullable().optional(),
});
export type FlowChain = z.infer<typeof FlowChain>;
export const FlowsResponse = z.looseObject({ chains: z.array(FlowChain) });

export const MetricsResponse = z.looseObject({ metrics: z.record(z.string(), NodeMetrics) });

export { PropertyValue };
