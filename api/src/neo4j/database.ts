/**
 * The API's one handle on Neo4j: named queries from cypher/queries, run in READ transactions
 * with a server-set timeout, errors mapped to HTTP once here.
 */
import neo4j, { type Driver, type Record as Neo4jRecord, type ServerInfo } from "neo4j-driver";
import type { Config } from "../config";
import { loadCypherFiles, type CypherFiles } from "./cypher-files";
import { mapNeo4jError } from "./errors";

export interface Database {
  readonly driver: Driver;
  readonly name: string;
  readonly cypher: CypherFiles;
  /** Runs cypher/queries/<name>.cypher in a READ transaction. */
  read(name: string, params?: Record<string, unknown>, timeoutMs?: number): Promise<Neo4jRecord[]>;
  /** Runs several named queries in one READ transaction, so they see the same snapshot. */
  readMany(
    queries: readonly (readonly [name: string, params?: Record<string, unknown>])[],
    timeoutMs?: number,
  ): Promise<Neo4jRecord[][]>;
  /**
   * readMany, with the bookmark Neo4j gave the transaction at commit (undefined if none): it changes
   * with every write to the database, so an unchanged bookmark means unchanged data.
   */
  readManyWithBookmark(
    queries: readonly (readonly [name: string, params?: Record<string, unknown>])[],
    timeoutMs?: number,
  ): Promise<{ results: Neo4jRecord[][]; bookmark: string | undefined }>;
  /** Reports whether Neo4j answers within the time a health check may take. */
  ping(deadlineMs?: number): Promise<ServerInfo>;
  /** "community" or "enterprise", asked once and remembered. */
  edition(): Promise<string | null>;
  close(): Promise<void>;
}

const DEFAULT_READ_TIMEOUT_MS = 15_000;

/** JS numbers reach Neo4j as floats, which LIMIT and integer comparisons refuse; whole numbers go as Integers. */
export function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    return value;
  };
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, convert(value)]));
}

export function createDatabase(config: Config): Database {
  const connectionTimeout = config.NEO4J_CONNECTION_TIMEOUT_MS;
  const driver = neo4j.driver(config.NEO4J_URI, neo4j.auth.basic(config.NEO4J_USERNAME, config.NEO4J_PASSWORD), {
    // A short connect timeout and few retries keep "Neo4j is down" answering 503 within about 2 s instead of
    // the driver's 30-60 s defaults: a dead server fails the connect, not the wait for a pooled connection.
    // Waiting for a busy pool is a different case: under a burst of clients a request queues for a connection
    // of a live server, and a short wait there turned load into false "unreachable" 503s.
    connectionTimeout,
    connectionAcquisitionTimeout: config.NEO4J_ACQUISITION_TIMEOUT_MS,
    maxTransactionRetryTime: 300,
    maxConnectionPoolSize: 100,
    userAgent: "partnership-graph-api",
  });
  // Health checks get a pool of their own: when every query connection is busy (load, slow queries),
  // /api/health should still say how Neo4j is, not wait in line behind them.
  const healthDriver = neo4j.driver(config.NEO4J_URI, neo4j.auth.basic(config.NEO4J_USERNAME, config.NEO4J_PASSWORD), {
    connectionTimeout,
    connectionAcquisitionTimeout: connectionTimeout,
    maxConnectionPoolSize: 2,
    userAgent: "partnership-graph-api-health",
  });
  const cypher = loadCypherFiles();
  const name = config.NEO4J_DATABASE;
  let edition: Promise<string | null> | undefined;

  return {
    driver,
    name,
    cypher,
    async read(queryName, params = {}, timeoutMs = DEFAULT_READ_TIMEOUT_MS) {
      const text = cypher(queryName);
      const session = driver.session({ database: name, defaultAccessMode: neo4j.session.READ });
      try {
        return await session.executeRead(async (tx) => (await tx.run(text, toNeo4jParams(params))).records, {
          timeout: timeoutMs,
        });
      } catch (error) {
        throw mapNeo4jError(error, { timeoutMs });
      } finally {
        await session.close();
      }
    },
    async readMany(queries, timeoutMs) {
      return (await this.readManyWithBookmark(queries, timeoutMs)).results;
    },
    async readManyWithBookmark(queries, timeoutMs = DEFAULT_READ_TIMEOUT_MS) {
      const texts = queries.map(([queryName, params]) => [cypher(queryName), toNeo4jParams(params ?? {})] as const);
      const session = driver.session({ database: name, defaultAccessMode: neo4j.session.READ });
      try {
        const results = await session.executeRead(
          async (tx) => {
            const results: Neo4jRecord[][] = [];
            for (const [text, params] of texts) results.push((await tx.run(text, params)).records);
            return results;
          },
          { timeout: timeoutMs },
        );
        const bookmarks = session.lastBookmarks();
        return { results, bookmark: bookmarks.length > 0 ? bookmarks.join(",") : undefined };
      } catch (error) {
        throw mapNeo4jError(error, { timeoutMs });
      } finally {
        await session.close();
      }
    },
    async ping(deadlineMs = 1000) {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${deadlineMs} ms`)), deadlineMs);
      });
      try {
        return await Promise.race([healthDriver.getServerInfo({ database: name }), deadline]);
      } finally {
        clearTimeout(timer);
      }
    },
    edition() {
      edition ??= this.read("components", {}, 1000).then((records) => {
        const value: unknown = records[0]?.get("edition");
        return typeof value === "string" ? value : null;
      });
      edition.catch(() => {
        edition = undefined;
      });
      return edition;
    },
    close: async () => {
      await Promise.all([driver.close(), healthDriver.close()]);
    },
  };
}
