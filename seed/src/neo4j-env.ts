/**
 * The Neo4j connection as Neo4j's own tools name it in the environment. One rule for the API's config
 * and for `npm run seed`, so both accept the same URIs (neo4j+s:// for Aura and clusters included).
 */
import { z } from "zod";

export const NEO4J_URI_RULE = "must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI";

/** `missing` is said when the variable is not set at all, where a default does not apply. */
export const neo4jUri = (options: { rule?: string; missing?: string } = {}) =>
  z
    .string(options.missing ? { error: options.missing } : undefined)
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, options.rule ?? NEO4J_URI_RULE);

export const neo4jLogin = {
  NEO4J_USERNAME: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
};
