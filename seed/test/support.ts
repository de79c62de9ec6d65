/** What integration tests share: the Neo4j the global setup started, and a driver for it. */
import neo4j, { type Driver } from "neo4j-driver";
import { inject } from "vitest";
import { z } from "zod";

const Connection = z.object({
  uri: z.string(),
  username: z.string(),
  password: z.string(),
  database: z.string().optional(),
});
export type Connection = z.infer<typeof Connection>;

export function setupConnection(): Connection {
  // Read untyped so this file does not depend on how the global setup declares ProvidedContext.
  return Connection.parse((inject as (key: string) => unknown)("neo4j"));
}

export function connect(connection: Connection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password));
}
