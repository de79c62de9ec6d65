/**
 * The real loader (files → check → one transaction of UNWIND … MERGE) beside the plainest write of the
 * same rows (UNWIND … CREATE, same batches, one transaction), on synthetic datasets of growing size.
 * Each run starts from an empty database; emptying it is not timed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { applySchema, loadDataset, nodeRow, readDataset, relationshipRows } from "@pg/seed/load";
import { writeSynthetic } from "@pg/seed/synthetic";
import { clearDatabase, connect } from "./lib/data";
import { BULK_LOAD_JVM_ARGS, REPO_ROOT, startNeo4j, type Neo4jHandle } from "./lib/stack";
import { round, spread } from "./lib/stats";
import type { SeedResult } from "./results";

const BATCH = 2000;
const baselineQuery = (name: string) => readFileSync(join(REPO_ROOT, "cypher", "bench", `${name}.cypher`), "utf8");

export interface SeedRun {
  nodes: number;
  relationships: number;
  loaderSeconds: number;
  baselineSeconds: number;
  /** The loader's own account of where its time went (check, rows, schema, write, commit). */
  loaderPhases?: Record<string, number>;
}

export async function syntheticFiles(dir: string, nodes: number): Promise<string[]> {
  return writeSynthetic(join(dir, `synthetic-${nodes}`), { nodes, seed: 1 });
}

/** The baseline's rows: the loader's own row builders, computed once per dataset (not timed). */
export function baselineRows(files: string[]) {
  const dataset = readDataset(files);
  return { nodeRows: dataset.nodes.map(nodeRow), relRows: relationshipRows(dataset) };
}

export async function seedRun(
  driver: Driver,
  files: string[],
  rows: ReturnType<typeof baselineRows> = baselineRows(files),
): Promise<SeedRun> {
  await clearDatabase(driver);
  let started = performance.now();
  // What `npm run seed -- --replace` does: schema, read, check, one transaction.
  const loaded = await loadDataset(driver, { files, replace: true, database: "neo4j" });
  const loaderSeconds = (performance.now() - started) / 1000;

  await clearDatabase(driver);
  await applySchema(driver, "neo4j");
  const { nodeRows, relRows } = rows;
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
  return {
    nodes: loaded.nodes,
    relationships: loaded.relationships,
    loaderSeconds,
    baselineSeconds,
    ...(loaded.seconds ? { loaderPhases: loaded.seconds } : {}),
  };
}

/** One row of the Loading table: `runs` loads of one size, loader and baseline side by side. */
export function seedResult(size: number, runs: SeedRun[], error?: string): SeedResult {
  const first = runs[0];
  if (!first)
    return {
      nodes: size,
      relationships: 0,
      loader_nodes_per_s: 0,
      baseline_nodes_per_s: 0,
      ratio: 0,
      detail: { error: error ?? "no run" },
    };
  const loader = spread(runs.map((r) => r.loaderSeconds));
  const baseline = spread(runs.map((r) => r.baselineSeconds));
  const ratio = spread(runs.map((r) => r.baselineSeconds / r.loaderSeconds));
  const phases = [...new Set(runs.flatMap((r) => Object.keys(r.loaderPhases ?? {})))];
  const loaderPhases = Object.fromEntries(
    phases.map((phase) => [phase, spread(runs.map((r) => r.loaderPhases?.[phase] ?? Number.NaN))]),
  );
  return {
    nodes: first.nodes,
    relationships: first.relationships,
    loader_nodes_per_s: round(first.nodes / loader.median, 0),
    baseline_nodes_per_s: round(first.nodes / baseline.median, 0),
    ratio: round(ratio.median),
    detail: {
      loader_s: loader,
      baseline_s: baseline,
      ratio,
      loader_phases_s: loaderPhases,
      ...(error ? { later_error: error } : {}),
    },
  };
}

/**
 * The Loading part, on a Neo4j of its own started with BULK_LOAD_JVM_ARGS so that the largest dataset
 * fits in one transaction, or on `shared` (the API's Neo4j, as `npm start` runs it) when given: --quick
 * loads at most 5k nodes, which fit there, and saves starting another Neo4j.
 */
export async function seedBench(options: {
  work: string;
  sizes: number[];
  runs: number;
  log: (...parts: unknown[]) => void;
  shared?: { neo4j: Omit<Neo4jHandle, "stop">; description: string };
}): Promise<{ results: SeedResult[]; neo4j: string }> {
  const { work, sizes, runs, log, shared } = options;
  const own = shared ? undefined : await startNeo4j(join(work, "neo4j-seed"), undefined, undefined, BULK_LOAD_JVM_ARGS);
  const driver = connect(shared?.neo4j ?? (own as Neo4jHandle));
  const results: SeedResult[] = [];
  try {
    for (const size of sizes) {
      log(`seed: synthetic ${size} nodes`);
      const files = await syntheticFiles(work, size);
      const rows = baselineRows(files);
      const done: SeedRun[] = [];
      let error: string | undefined;
      for (let i = 0; i < runs && !error; i++) {
        try {
          done.push(await seedRun(driver, files, rows));
        } catch (e) {
          error = String(e instanceof Error ? e.message : e).slice(0, 400);
        }
      }
      const entry = seedResult(size, done, error);
      results.push(entry);
      log(
        "seed",
        size,
        done.length
          ? `loader ${entry.loader_nodes_per_s}/s, baseline ${entry.baseline_nodes_per_s}/s, ratio ${entry.ratio}${error ? `, then failed: ${error}` : ""}`
          : `failed: ${error}`,
      );
    }
  } finally {
    await driver.close();
    await own?.stop();
  }
  return { results, neo4j: shared?.description ?? `its own, embedded, ${BULK_LOAD_JVM_ARGS.join(" ")}` };
}
