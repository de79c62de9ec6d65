import { z } from "zod";
import { Graph } from "./graph";

/** POST /api/cypher body. The server also caps the length (CYPHER_MAX_QUERY_LENGTH). */
export const CypherRequest = z.object({
  query: z.string().trim().min(1, "must not be empty"),
  params: z.record(z.string().max(100), z.unknown()).optional(),
});
export type CypherRequest = z.infer<typeof CypherRequest>;

/**
 * How graph values appear in `rows` (everything else is plain JSON):
 * a node `{ kind: "node", id, labels, properties }`, a relationship
 * `{ kind: "relationship", id, type, from, to, properties }`, a path `{ kind: "path", nodes, relationships }` (ids).
 * They are also gathered into `graph` so the console can draw them.
 */
export const CypherNodeCell = z.object({
  kind: z.literal("node"),
  id: z.string(),
  labels: z.array(z.string()),
  properties: z.record(z.string(), z.unknown()),
});
export const CypherRelationshipCell = z.object({
  kind: z.literal("relationship"),
  id: z.string(),
  type: z.string(),
  from: z.string(),
  to: z.string(),
  properties: z.record(z.string(), z.unknown()),
});
export const CypherPathCell = z.object({
  kind: z.literal("path"),
  nodes: z.array(z.string()),
  relationships: z.array(z.string()),
});

export const CypherResult = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  graph: Graph,
  /** true when the server's row cap cut the result. */
  truncated: z.boolean(),
  summary: z.object({
    queryType: z.string(),
    timeMs: z.number(),
    rowCount: z.number().int(),
    rowLimit: z.number().int(),
    timeoutMs: z.number().int(),
  }),
});
export type CypherResult = z.infer<typeof CypherResult>;
