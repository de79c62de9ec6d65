// The Neo4j that integration and browser tests share: embedded on a free port with a throw-away data
// directory, or the server TEST_NEO4J_URI names. The report dataset is loaded before any test runs.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { applySchema, loadDataset } from "@pg/seed/load";
import { QUICK_START_JVM_FLAGS, startEmbeddedNeo4j } from "../scripts/neo4j-embedded";
import type { Neo4jConnection } from "./provided-context";

export interface TestNeo4j {
  connection: Neo4jConnection;
  stop(): Promise<void>;
}

// TEST_NEO4J_URI and not NEO4J_URI: tests replace what is in the database, so pointing them at a
// server must be a deliberate choice, never a side effect of the variable `npm start` uses.
export async function startTestNeo4j(env: NodeJS.ProcessEnv = process.env): Promise<TestNeo4j> {
  const external = env["TEST_NEO4J_URI"];
  let connection: Neo4jConnection;
  let stopServer = async () => {};
  if (external) {
    connection = {
      uri: external,
      username: env["TEST_NEO4J_USERNAME"] ?? "neo4j",
      password: env["TEST_NEO4J_PASSWORD"] ?? "",
      database: env["TEST_NEO4J_DATABASE"] ?? "neo4j",
    };
  } else {
    const dataDir = await mkdtemp(path.join(tmpdir(), "pg-test-neo4j-"));
    const started = Date.now();
    const server = await startEmbeddedNeo4j({
      dataDir,
      password: randomBytes(18).toString("base64url"),
      jvmArgs: QUICK_START_JVM_FLAGS,
    });
    process.stderr.write(`[test] embedded Neo4j ready at ${server.uri} in ${Date.now() - started} ms\n`);
    connection = { uri: server.uri, username: server.username, password: server.password, database: "neo4j" };
    stopServer = async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }

  try {
    const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password));
    try {
      await applySchema(driver, connection.database);
      await loadDataset(driver, { database: connection.database, replace: true });
    } finally {
      await driver.close();
    }
  } catch (error) {
    await stopServer();
    throw error;
  }
  return { connection, stop: stopServer };
}
