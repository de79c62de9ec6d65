/**
 * The API's configuration, read once from the environment and parsed with zod so a typo in a
 * variable fails at start-up with the variable's name instead of surfacing later as odd behaviour.
 */
import { z } from "zod";
import { neo4jLogin, neo4jUri } from "@pg/seed/neo4j-env";

const int = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);

const commaList = z
  .string()
  .default("")
  .transform((value) =>
    value
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  );

export const ConfigSchema = z.object({
  NEO4J_URI: neo4jUri().default("neo4j://127.0.0.1:7687"),
  ...neo4jLogin,
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: int(3000, 0, 65535),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Origins allowed to call the API from another site; empty means CORS stays off. */
  CORS_ORIGINS: commaList,
  BODY_LIMIT_BYTES: int(64 * 1024, 1024, 10 * 1024 * 1024),
  /** Server-side limits of the Cypher console; clients cannot raise them. */
  CYPHER_TIMEOUT_MS: int(5000, 100, 120_000),
  CYPHER_MAX_ROWS: int(1000, 1, 100_000),
  CYPHER_MAX_QUERY_LENGTH: int(4000, 10, 100_000),
  CYPHER_RATE_LIMIT_PER_MINUTE: int(60, 1, 100_000),
  /** How long a request waits for Neo4j before answering 503. */
  NEO4J_CONNECTION_TIMEOUT_MS: int(1500, 100, 60_000),
  /** How long a request may wait for a free pooled connection while Neo4j is busy (not down). */
  NEO4J_ACQUISITION_TIMEOUT_MS: int(10_000, 100, 120_000),
  /** The built web app served at /, when the directory exists. Relative paths resolve from the repo root. */
  WEB_DIST: z.string().default("web/dist"),
});

export type Config = z.output<typeof ConfigSchema>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}
