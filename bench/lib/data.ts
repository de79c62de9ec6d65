/** Filling and emptying the benchmark's own database. */
import neo4jDriver, { type Driver } from "neo4j-driver";
import { applySchema, loadDataset } from "@pg/seed/load";
import type { Neo4jHandle } from "./stack";

export function connect(neo4j: Omit<Neo4jHandle, "stop">): Driver {
  return neo4jDriver.driver(neo4j.uri, neo4jDriver.auth.basic(neo4j.username, neo4j.password), {
    disableLosslessIntegers: true,
  });
}

/** Empty the graph in batches, so even 100k nodes stay under the per-transaction memory cap. */
export async function clearDatabase(driver: Driver, database = "neo4j"): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
  const session = driver.session({ database });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
  } finally {
    await session.close();
  }
}

/** `batchSize` commits in batches: for setting up a graph that is measured afterwards, not the load itself. */
export async function loadFiles(driver: Driver, files?: string[], database = "neo4j", batchSize?: number) {
  await applySchema(driver, database);
  return loadDataset(driver, { files, replace: true, database, ...(batchSize ? { batchSize } : {}) });
}

export async function countNodes(driver: Driver, database = "neo4j"): Promise<number> {
  const { records } = await driver.executeQuery("MATCH (n) RETURN count(n) AS n", {}, { database });
  return Number(records[0]?.get("n") ?? 0);
}
