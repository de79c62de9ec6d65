/**
 * The real loader (files → check → one transaction of UNWIND … MERGE) beside the plainest write of the
 * same rows (UNWIND … CREATE, same batches, one transaction), on synthetic datasets of growing size.
 * Each run starts from an empty database; emptying it is not timed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { applySchema, nodeRow, readDataset, relationshipRows } from "@pg/seed/load";
import { writeSynthetic } from "@pg/seed/synthetic";
import { clearDatabase, loadFiles } from "./lib/data";
import { REPO_ROOT } from "./lib/stack";

const BATCH = 2000;
const baselineQuery = (name: string) => readFileSync(join(REPO_ROOT, "cypher", "bench", `${name}.cypher`), "utf8");

export interface SeedRun {
  nodes: number;
  relationships: number;
  loaderSeconds: number;
  baselineSeconds: number;
}

export async function syntheticFiles(dir: string, nodes: number): Promise<string[]> {
  return writeSynthetic(join(dir, `synthetic-${nodes}`), { nodes, seed: 1 });
}

export async function seedRun(driver: Driver, files: string[]): Promise<SeedRun> {
  await clearDatabase(driver);
  let started = performance.now();
  const loaded = await loadFiles(driver, files);
  const loaderSeconds = (performance.now() - started) / 1000;

  await clearDatabase(driver);
  await applySchema(driver);
  const dataset = readDataset(files);
  const nodeRows = dataset.nodes.map(nodeRow);
  const relRows = relationshipRows(dataset);
  started = performance.now();
  const session = driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite(async (tx) => {
      for (let i = 0; i < nodeRows.length; i += BATCH)
        await tx.run(baselineQuery("baseline-nodes"), { rows: nodeRows.slice(i, i + BATCH) });
      for (let i = 0; i < relRows.length; i += BATCH)
        await tx.run(baselineQuery("baseline-relationships"), { rows: relRows.slice(i, i + BATCH) });
    });
  } finally {
    await session.close();
  }
  const baselineSeconds = (performance.now() - started) / 1000;
  return { nodes: loaded.nodes, relationships: loaded.relationships, loaderSeconds, baselineSeconds };
}
