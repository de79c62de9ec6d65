import { z } from "zod";
import { GraphNode, GraphRelationship } from "./graph";

export const Evidence = z.object({
  section: z.string(),
  title: z.string().nullable(),
  quote: z.string().nullable(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Neighbour = z.object({
  direction: z.enum(["out", "in"]),
  relationship: GraphRelationship,
  node: GraphNode,
});
export type Neighbour = z.infer<typeof Neighbour>;

export const NeighbourGroup = z.object({
  type: z.string(),
  neighbours: z.array(Neighbour),
});
export type NeighbourGroup = z.infer<typeof NeighbourGroup>;

/** GET /api/nodes/{id}: everything the details panel shows. */
export const NodeDetails = z.object({
  node: GraphNode,
  labels: z.array(z.string()),
  evidence: z.array(Evidence),
  neighbours: z.array(NeighbourGroup),
});
export type NodeDetails = z.infer<typeof NodeDetails>;
