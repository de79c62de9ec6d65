import { CHAIN_ENDING_STATUSES, FLOW_DIRECTIONS, FLOW_STATUSES } from "@pg/seed/schema";
import { z } from "zod";
import { GraphNode, GraphRelationship } from "./graph";

export const NodeRef = z.object({ id: z.string(), name: z.string() });

export const FlowHop = z.object({
  relationship: GraphRelationship,
  topic: z.string().nullable(),
  status: z.enum(FLOW_STATUSES).nullable(),
  direction: z.enum(FLOW_DIRECTIONS).nullable(),
  level: z.string().nullable(),
  channel: NodeRef.nullable(),
  knowledge: NodeRef.nullable(),
  /** The weaknesses named on the flow, and those that hinder the knowledge it carries. */
  hinderedBy: z.array(GraphNode),
});
export type FlowHop = z.infer<typeof FlowHop>;

export const FLOW_STOPS = [...CHAIN_ENDING_STATUSES, "end"] as const;
export type FlowStop = (typeof FLOW_STOPS)[number];

export const FlowChain = z.object({
  /** Where the chain starts (a node id). */
  start: z.string(),
  /** Node ids along the chain, first to last. */
  nodes: z.array(z.string()),
  /** The hops, in order. */
  hops: z.array(FlowHop),
  /** The worst status along the chain. */
  status: z.enum(FLOW_STATUSES),
  /** Where the chain stops: at a stalled or only intended hop's target, or where no flow goes further. */
  stopsAt: z.object({ node: z.string(), reason: z.enum(FLOW_STOPS) }),
});
export type FlowChain = z.infer<typeof FlowChain>;

/** GET /api/flows: knowledge-flow traces along KNOWLEDGE_FLOW. */
export const FlowsResult = z.object({
  /** Every selected flow once, chained or not. */
  flows: z.array(FlowHop),
  chains: z.array(FlowChain),
  nodes: z.array(GraphNode),
  truncated: z.boolean(),
});
export type FlowsResult = z.infer<typeof FlowsResult>;
