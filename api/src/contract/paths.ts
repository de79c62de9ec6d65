import { z } from "zod";
import { GraphNode, GraphRelationship } from "./graph";

export const PathHop = z.object({
  relationship: GraphRelationship,
  /** The hop as walked along the path: from the earlier node to the later one. */
  from: z.string(),
  to: z.string(),
  /** false when the relationship points against the direction of walking. */
  forward: z.boolean(),
  /** The hop as a clause, e.g. "Gran Municipality is a partner in the Gran–Mukono partnership". */
  text: z.string(),
});
export type PathHop = z.infer<typeof PathHop>;

export const GraphPath = z.object({
  length: z.number().int(),
  nodes: z.array(GraphNode),
  relationships: z.array(GraphRelationship),
  hops: z.array(PathHop),
  sentence: z.string(),
});
export type GraphPath = z.infer<typeof GraphPath>;

/** GET /api/paths: all shortest paths between two nodes, capped. */
export const PathsResult = z.object({
  from: z.string(),
  to: z.string(),
  paths: z.array(GraphPath),
  truncated: z.boolean(),
});
export type PathsResult = z.infer<typeof PathsResult>;
