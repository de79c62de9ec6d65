/**
 * The loader: check → schema → ONE write transaction of UNWIND … MERGE. Running it twice changes
 * nothing; with `replace` it also removes what left the files, so the graph equals the YAML.
 */
import { createHash } from "node:crypto";
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
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
  const plain = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value, (_k, v: unknown) => (neo4j.isInt(v) ? v.toNumber() : v)));
  const hash = createHash("sha256");
  hash.update(JSON.stringify(plain({ nodes, relationships })));
  return hash.digest("hex");
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

async function inBatches<T>(tx: ManagedTransaction, query: string, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await tx.run(query, { rows: rows.slice(i, i + BATCH) });
}

const count = (value: unknown): number => (neo4j.isInt(value) ? value.toNumber() : Number(value));

export async function loadDataset(driver: Driver, options: LoadOptions = {}): Promise<LoadResult> {
  // Check before touching the database at all: an invalid dataset writes nothing, not even the schema.
  const dataset = readDataset(options.files, options);
  const nodes = dataset.nodes.map(nodeRow);
  const relationships = relationshipRows(dataset);
  const hash = datasetHash(nodes, relationships);
  await applySchema(driver, options.database);

  const session = sessionFor(driver, options.database);
  try {
    return await session.executeWrite(async (tx) => {
      await inBatches(tx, readQuery("seed-nodes"), nodes);
      await inBatches(tx, readQuery("seed-relationships"), relationships);
      let deleted: LoadResult["deleted"];
      if (options.replace) {
        const rels = await tx.run(readQuery("seed-delete-stale-relationships"), {
          keys: relationships.map((r) => r.key),
        });
        const gone = await tx.run(readQuery("seed-delete-stale-nodes"), { ids: nodes.map((n) => n.id) });
        deleted = {
          nodes: count(gone.records[0]?.get("deleted")),
          relationships: count(rels.records[0]?.get("deleted")),
        };
      }
      const meta = await tx.run(readQuery("seed-meta"), {
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
    });
  } finally {
    await session.close();
  }
}

function filesShown(files?: string[]): string[] {
  return (files?.length ? files : ["seed/data"]).map((file) => file.replace(/\\/g, "/"));
}
