/**
 * Response shapes shared by the API (validation, serialization, OpenAPI) and the web app
 * (parsing). Pure zod: no Node imports, so the browser bundle can use it.
 */
import { z } from "zod";
import { NODE_TYPES, RELATIONSHIP_TYPES, type RelationshipType } from "@pg/seed/schema";

export const NodeTypeName = z.enum(NODE_TYPES);
export const RelationshipTypeName = z.enum(RELATIONSHIP_TYPES as [RelationshipType, ...RelationshipType[]]);

/** A scalar or list property as it leaves Neo4j (Integers converted to numbers at the edge). */
export const PropertyValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string(), z.number(), z.boolean()])),
]);

export const NodeMetrics = z.object({
  degree: z.number(),
  betweenness: z.number(),
  closeness: z.number(),
  pagerank: z.number(),
  community: z.number().int(),
});
export type NodeMetrics = z.infer<typeof NodeMetrics>;

export const GraphNode = z.object({
  id: z.string(),
  type: NodeTypeName,
  name: z.string(),
  summary: z.string(),
  /** Type-specific properties (category, country, year, since, level…), flat. */
  properties: z.record(z.string(), PropertyValue),
  metrics: NodeMetrics.optional(),
});
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphRelationship = z.object({
  /** Stable public id: `${from}|${type}|${to}` plus a counter when the same pair has several. */
  id: z.string(),
  type: RelationshipTypeName,
  from: z.string(),
  to: z.string(),
  section: z.string().nullable(),
  quote: z.string().nullable(),
  properties: z.record(z.string(), PropertyValue),
});
export type GraphRelationship = z.infer<typeof GraphRelationship>;

export const Graph = z.object({
  nodes: z.array(GraphNode),
  relationships: z.array(GraphRelationship),
});
export type Graph = z.infer<typeof Graph>;

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** GET /api/graph: the network (Section nodes and MENTIONED_IN left out), with the dataset version. */
export const GraphResponse = Graph.extend({ version: z.string() });
export type GraphResponse = z.infer<typeof GraphResponse>;
