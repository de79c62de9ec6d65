/**
 * The loader: check → schema → ONE write transaction that upserts nodes on `id` and relationships on
 * `key` (UNWIND … CREATE for what is new, SET for what exists). Running it twice changes nothing; with
 * `replace` it also removes what left the files, so the graph equals the YAML.
 */
import { createHash } from "node:crypto";
import neo4j, { type Driver, type QueryResult } from "neo4j-driver";
import { analyseDataset, DatasetInvalidError, type CheckOptions } from "./check";
import { readQuery, schemaStatements } from "./cypher-files";
import type { Dataset, Node, Relationship } from "./schema";

export { DatasetInvalidError } from "./check";

/** Where the loader records what it loaded; the API reads it to drop caches after a reseed. */
export const META_ID = "dataset";

export interface LoadOptions extends CheckOptions {
  files?: string[];
  replace?: boolean;
  database?: string;
  /**
   * Commit every `batchSize` rows in a transaction of its own instead of loading in one. Only for
   * datasets too large for the server's transaction memory (the synthetic benchmark sets): the check
   * still runs first, but a failure part-way leaves a partial load, which running the load again completes.
   */
  batchSize?: number;
}

export interface LoadResult {
  nodes: number;
  /** Relationships written, including the MENTIONED_IN relationships made from mentions. */
  relationships: number;
  /** Entities and relationships removed by `replace`. */
  deleted?: { nodes: number; relationships: number };
  /** Content hash of the rows written (also stored on the Meta node). */
  hash: string;
  version: number;
  /** Where the time went: check (read, parse, check), rows, schema, write, commit. */
  seconds?: Record<string, number>;
}

type Props = Record<string, unknown>;
export interface NodeRow {
  id: string;
  type: string;
  props: Props;
}
export interface RelationshipRow {
  from: string;
  to: string;
  type: string;
  key: string;
  props: Props;
}

const BATCH = 2000;

/** The dataset, parsed and checked; throws DatasetInvalidError (listing every problem) when invalid. */
export function readDataset(files?: string[], options: CheckOptions = {}): Dataset {
  const { dataset, problems } = analyseDataset(files, options);
  if (problems.length) throw new DatasetInvalidError(problems);
  return dataset;
}

/** JS numbers would reach Neo4j as floats; years and sizes are integers. */
function toNeo4j(value: unknown): unknown {
  if (typeof value === "number" && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4j);
  return value;
}

function props(entries: Record<string, unknown>): Props {
  const out: Props = {};
  for (const key of Object.keys(entries).sort()) {
    const value = entries[key];
    if (value !== undefined) out[key] = toNeo4j(value);
  }
  return out;
}

export function nodeRow(node: Node): NodeRow {
  const { type, mentions, ...rest } = node;
  const quotes = mentions.map((m) => m.quote.replace(/\s+/g, " ").trim());
  // Joined into one string so the full-text index (entitySearch) can search a node by its evidence.
  return { id: node.id, type, props: props({ ...rest, quotes: quotes.length ? quotes.join("\n") : undefined }) };
}

/** Keys are `from|TYPE|to`, then `#2`, `#3`… for repeats of the same triple, in file order. */
export function relationshipRows(dataset: Dataset): RelationshipRow[] {
  const sectionIds = new Map<string, string>();
  for (const node of dataset.nodes) if (node.type === "Section") sectionIds.set(node.number, node.id);
  const seen = new Map<string, number>();
  const keyFor = (from: string, type: string, to: string) => {
    const base = `${from}|${type}|${to}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  };
  const rows: RelationshipRow[] = dataset.relationships.map((rel: Relationship) => {
    const { from, to, type, ...rest } = rel;
    const key = keyFor(from, type, to);
    return { from, to, type, key, props: props({ ...rest, key }) };
  });
  for (const node of dataset.nodes) {
    for (const mention of node.mentions) {
      const to = sectionIds.get(mention.section);
      if (to === undefined || to === node.id) continue;
      const key = keyFor(node.id, "MENTIONED_IN", to);
      rows.push({
        from: node.id,
        to,
        type: "MENTIONED_IN",
        key,
        props: props({ key, section: mention.section, quote: mention.quote }),
      });
    }
  }
  return rows;
}

export function datasetHash(nodes: NodeRow[], relationships: RelationshipRow[]): string {
  const json = JSON.stringify({ nodes, relationships }, (_k, v: unknown) => (neo4j.isInt(v) ? v.toNumber() : v));
  return createHash("sha256").update(json).digest("hex");
}

function sessionFor(driver: Driver, database?: string) {
  return driver.session({ defaultAccessMode: neo4j.session.WRITE, ...(database ? { database } : {}) });
}

/** Constraints and indexes from cypher/schema.cypher; all IF NOT EXISTS, so safe to repeat. */
export async function applySchema(driver: Driver, database?: string): Promise<void> {
  const session = sessionFor(driver, database);
  try {
    for (const statement of schemaStatements()) await session.run(statement);
    await session.run("CALL db.awaitIndexes(60)");
  } finally {
    await session.close();
  }
}

const count = (value: unknown): number => (neo4j.isInt(value) ? value.toNumber() : Number(value));

type Run = (query: string, params: Record<string, unknown>) => Promise<QueryResult>;

export interface ExistingNode {
  id: string;
  labels: string[];
}

/**
 * Splits the rows into nodes to create and nodes already in the graph (with the type labels each must
 * lose), and lists the graph's entities that are in no row.
 */
export function matchNodes(rows: NodeRow[], existing: ExistingNode[]) {
  const labelsOf = new Map(existing.map((node) => [node.id, node.labels]));
  const create: NodeRow[] = [];
  const update: (NodeRow & { stale: string[] })[] = [];
  for (const row of rows) {
    const labels = labelsOf.get(row.id);
    if (!labels) create.push(row);
    else update.push({ ...row, stale: labels.filter((label) => label !== "Entity" && label !== row.type) });
  }
  const ids = new Set(rows.map((row) => row.id));
  return { create, update, stale: existing.filter((node) => !ids.has(node.id)).map((node) => node.id) };
}

export interface ExistingRelationship {
  id: string;
  key: string | null;
  triple: string;
}

/**
 * Splits the rows into relationships to create and ones already in the graph (same key, type and ends:
 * what `MERGE (a)-[:TYPE {key}]->(b)` would match), and lists the graph's relationships that match no row.
 */
export function matchRelationships(rows: RelationshipRow[], existing: ExistingRelationship[]) {
  const byKey = new Map<string, ExistingRelationship[]>();
  for (const rel of existing) if (rel.key !== null) byKey.set(rel.key, [...(byKey.get(rel.key) ?? []), rel]);
  const matched = new Set<string>();
  const create: RelationshipRow[] = [];
  const update: { id: string; props: Props }[] = [];
  for (const row of rows) {
    const triple = `${row.from}|${row.type}|${row.to}`;
    const same = byKey.get(row.key)?.filter((rel) => rel.triple === triple) ?? [];
    if (same.length === 0) create.push(row);
    for (const rel of same) {
      matched.add(rel.id);
      update.push({ id: rel.id, props: row.props });
    }
  }
  const stale = existing.filter((rel) => !matched.has(rel.id)).map((rel) => rel.id);
  return { create, update, stale };
}

/** Every write of a load, in order; `run` decides whether they share one transaction. */
async function writeRows(
  run: Run,
  batch: number,
  rows: { nodes: NodeRow[]; relationships: RelationshipRow[]; hash: string },
  options: LoadOptions,
): Promise<LoadResult> {
  const { nodes, relationships, hash } = rows;
  const inBatches = async (query: string, all: unknown[], name = "rows") => {
    let written = 0;
    for (let i = 0; i < all.length; i += batch) {
      const result = await run(query, { [name]: all.slice(i, i + batch) });
      written += count(result.records[0]?.get(0));
    }
    return written;
  };
  // What is already in the graph is read once, before anything is written, and matched to the rows here:
  // Neo4j 5.26 plans a MERGE on a dynamic label or type ($(row.type)) as a scan of every node or
  // relationship per row, and a read planned while the graph was empty scans too, so a MERGE (or a
  // read) after this transaction's own writes made a load quadratic in its size.
  const read = async <T>(query: string, row: (record: QueryResult["records"][number]) => T) =>
    (await run(readQuery(query), {})).records.map(row);
  const existingNodes = await read("seed-existing-nodes", (r) => ({
    id: String(r.get("id")),
    labels: r.get("labels") as string[],
  }));
  const existingRelationships = await read("seed-existing-relationships", (r) => ({
    id: String(r.get("id")),
    key: (r.get("key") as string | null) ?? null,
    triple: String(r.get("triple")),
  }));
  const nodeWrites = matchNodes(nodes, existingNodes);
  const relationshipWrites = matchRelationships(relationships, existingRelationships);
  await inBatches(readQuery("seed-update-nodes"), nodeWrites.update);
  await inBatches(readQuery("seed-create-nodes"), nodeWrites.create);
  await inBatches(readQuery("seed-update-relationships"), relationshipWrites.update);
  await inBatches(readQuery("seed-create-relationships"), relationshipWrites.create);
  let deleted: LoadResult["deleted"];
  if (options.replace) {
    // Relationships first: a stale node's relationships are stale too, and are counted as such.
    const rels = await inBatches(readQuery("seed-delete-stale-relationships"), relationshipWrites.stale, "ids");
    deleted = {
      nodes: await inBatches(readQuery("seed-delete-stale-nodes"), nodeWrites.stale, "ids"),
      relationships: rels,
    };
  }
  const meta = await run(readQuery("seed-meta"), {
    hash,
    loadedAt: new Date().toISOString(),
    nodes: neo4j.int(nodes.length),
    relationships: neo4j.int(relationships.length),
    files: filesShown(options.files),
  });
  const result: LoadResult = {
    nodes: nodes.length,
    relationships: relationships.length,
    hash,
    version: count(meta.records[0]?.get("version")),
  };
  if (deleted) result.deleted = deleted;
  return result;
}

function isOutOfTransactionMemory(error: unknown): boolean {
  return error instanceof Error && "code" in error && String(error.code).includes("MemoryPoolOutOfMemoryError");
}

export async function loadDataset(driver: Driver, options: LoadOptions = {}): Promise<LoadResult> {
  const seconds: Record<string, number> = {};
  let started = performance.now();
  const lap = (phase: string) => {
    const now = performance.now();
    seconds[phase] = (now - started) / 1000;
    started = now;
  };
  // Check before touching the database at all: an invalid dataset writes nothing, not even the schema.
  const dataset = readDataset(options.files, options);
  lap("check");
  const nodes = dataset.nodes.map(nodeRow);
  const relationships = relationshipRows(dataset);
  const rows = { nodes, relationships, hash: datasetHash(nodes, relationships) };
  lap("rows");
  await applySchema(driver, options.database);
  lap("schema");

  const session = sessionFor(driver, options.database);
  try {
    if (options.batchSize) {
      const run: Run = (query, params) => session.executeWrite((tx) => tx.run(query, params));
      const result = await writeRows(run, options.batchSize, rows, options);
      lap("write");
      return { ...result, seconds };
    }
    // An explicit transaction rather than executeWrite: retrying a load that is too big only fails again, slower.
    const tx = session.beginTransaction();
    try {
      const result = await writeRows((query, params) => tx.run(query, params), BATCH, rows, options);
      lap("write");
      await tx.commit();
      lap("commit");
      return { ...result, seconds };
    } catch (error) {
      if (tx.isOpen()) await tx.rollback();
      if (isOutOfTransactionMemory(error))
        throw new Error(
          `The dataset (${nodes.length} nodes, ${relationships.length} relationships) does not fit in one transaction ` +
            `within the server's transaction memory limit; nothing was written. Load it in batches, each its own ` +
            `transaction: npm run seed -- FILES --batch-size 2000 (loadDataset option batchSize).`,
          { cause: error },
        );
      throw error;
    }
  } finally {
    await session.close();
  }
}

function filesShown(files?: string[]): string[] {
  return (files?.length ? files : ["seed/data"]).map((file) => file.replace(/\\/g, "/"));
}
