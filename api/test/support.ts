/** What the API's integration tests share: the global setup's Neo4j, an app built on it, the fingerprint. */
import type { FastifyInstance } from "fastify";
import neo4j, { type Driver } from "neo4j-driver";
import { inject } from "vitest";
import { z } from "zod";
import { graphFingerprint, type Fingerprint } from "@pg/seed/fingerprint";
import { loadDataset } from "@pg/seed/load";
import { buildApp } from "../src/app";
import { loadConfig } from "../src/config";

const Connection = z.object({
  uri: z.string(),
  username: z.string(),
  password: z.string(),
  database: z.string().default("neo4j"),
});
export type Connection = z.infer<typeof Connection>;

export function connection(): Connection {
  // Read untyped: api/ does not depend on how test-support declares ProvidedContext.
  return Connection.parse((inject as (key: string) => unknown)("neo4j"));
}

export function envFor(conn: Connection, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    NEO4J_URI: conn.uri,
    NEO4J_USERNAME: conn.username,
    NEO4J_PASSWORD: conn.password,
    NEO4J_DATABASE: conn.database,
    LOG_LEVEL: "silent",
    CYPHER_RATE_LIMIT_PER_MINUTE: "100000",
    // Tests decide whether a built web app is served.
    WEB_DIST: "/nonexistent-web-dist",
    ...overrides,
  };
}

export async function testApp(overrides: Record<string, string> = {}, conn = connection()): Promise<FastifyInstance> {
  const app = await buildApp(loadConfig(envFor(conn, overrides)));
  await app.ready();
  return app;
}

export function driverFor(conn: Connection): Driver {
  return neo4j.driver(conn.uri, neo4j.auth.basic(conn.username, conn.password));
}

export async function fingerprint(driver: Driver, conn: Connection): Promise<Fingerprint> {
  return graphFingerprint(driver, conn.database);
}

/** Puts the report dataset back, for files that changed the shared database. */
export async function reseed(driver: Driver, conn: Connection): Promise<void> {
  await loadDataset(driver, { database: conn.database, replace: true });
}

/** The JSON body of an inject() response, typed by the contract schema that describes it. */
export function body<T>(schema: z.ZodType<T>, response: { body: string }): T {
  return schema.parse(JSON.parse(response.body));
}
