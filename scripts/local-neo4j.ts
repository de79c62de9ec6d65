// The Neo4j that `npm start`, `npm run dev` and `npm run db` use when NEO4J_URI names none: embedded,
// with its data and a generated password under .data/ (gitignored), so nothing secret is ever committed.
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";
import { applySchema, loadDataset, type LoadResult } from "@pg/seed/load";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "./neo4j-embedded";

export const REPO_ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DATA_DIR = path.join(REPO_ROOT, ".data");
export const PASSWORD_FILE = path.join(DATA_DIR, "neo4j-password");

export interface Neo4jTarget {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/** NEO4J_PASSWORD when set; else the password generated on the first run and kept in .data/neo4j-password. */
export async function localPassword(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const given = env["NEO4J_PASSWORD"];
  if (given) return given;
  try {
    const stored = (await readFile(PASSWORD_FILE, "utf8")).trim();
    if (stored) return stored;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  await mkdir(DATA_DIR, { recursive: true, mode: 0o700 });
  const generated = randomBytes(18).toString("base64url");
  // wx: two first runs at once must not overwrite each other's password.
  await writeFile(PASSWORD_FILE, `${generated}\n`, { mode: 0o600, flag: "wx" }).catch(async (error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  });
  await chmod(PASSWORD_FILE, 0o600);
  return (await readFile(PASSWORD_FILE, "utf8")).trim();
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Host and port to listen on, from NEO4J_URI; only loopback, since the one user's password is in a file. */
export function listenAddress(uri: string | undefined): { host: string; port: number } {
  if (!uri) return { host: "127.0.0.1", port: 7687 };
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw new Error(`NEO4J_URI is not a URI: ${uri}`);
  }
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:$/.test(url.protocol)) {
    throw new Error(`NEO4J_URI must be bolt:// or neo4j://, not ${url.protocol}//`);
  }
  if (url.protocol.includes("+")) {
    throw new Error("The embedded Neo4j speaks plain Bolt on loopback: use bolt:// or neo4j://, not +s/+ssc");
  }
  if (!LOOPBACK.has(url.hostname)) {
    throw new Error(`The embedded Neo4j listens on loopback only; NEO4J_URI names ${url.hostname}`);
  }
  const host = url.hostname === "[::1]" ? "::1" : url.hostname === "localhost" ? "127.0.0.1" : url.hostname;
  return { host, port: url.port ? Number(url.port) : 7687 };
}

export function localDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(REPO_ROOT, env["NEO4J_DATA_DIR"] ?? path.join(DATA_DIR, "neo4j"));
}

/** Starts the embedded Neo4j with the local data dir and password; port 0 (the default) picks a free one. */
export async function startLocalNeo4j(
  options: { host?: string; port?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<{ server: EmbeddedNeo4j; target: Neo4jTarget }> {
  const env = options.env ?? process.env;
  const dataDir = localDataDir(env);
  const server = await startEmbeddedNeo4j({
    dataDir,
    password: await localPassword(env),
    ...(options.host ? { host: options.host } : {}),
    ...(options.port !== undefined ? { port: options.port } : {}),
  });
  return {
    server,
    target: { uri: server.uri, username: server.username, password: server.password, database: "neo4j" },
  };
}

/**
 * Applies cypher/schema.cypher and loads the report dataset. Idempotent. `replace` also removes what left
 * the dataset files: right for our own embedded database, too bold for somebody else's server.
 */
export async function seed(target: Neo4jTarget, replace: boolean): Promise<LoadResult> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password));
  try {
    await applySchema(driver, target.database);
    return await loadDataset(driver, { database: target.database, replace });
  } finally {
    await driver.close();
  }
}

export function neo4jEnv(target: Neo4jTarget): Record<string, string> {
  return {
    NEO4J_URI: target.uri,
    NEO4J_USERNAME: target.username,
    NEO4J_PASSWORD: target.password,
    NEO4J_DATABASE: target.database,
  };
}
