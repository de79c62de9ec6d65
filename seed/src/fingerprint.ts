/**
 * A deterministic hash of everything in the graph except the loader's Meta node: labels, ids,
 * properties and relationships. Equal fingerprints mean equal graphs, which is how tests prove a
 * reseed changed nothing and a failed load wrote nothing.
 */
import { createHash } from "node:crypto";
import neo4j, { type Driver } from "neo4j-driver";
import { readQuery } from "./cypher-files";

export interface Fingerprint {
  hash: string;
  nodes: number;
  relationships: number;
}

/** Neo4j values → canonical JSON-able values: Integers as numbers, temporals as strings, keys sorted. */
export function canonical(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(canonical);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  )
    return String(value);
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, canonical(record[key])]),
    );
  }
  return value;
}

export function hashLines(lines: string[]): string {
  const hash = createHash("sha256");
  for (const line of [...lines].sort()) hash.update(line).update("\n");
  return hash.digest("hex");
}

export async function graphFingerprint(driver: Driver, database?: string): Promise<Fingerprint> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, ...(database ? { database } : {}) });
  try {
    const nodes = await session.run(readQuery("seed-fingerprint-nodes"));
    const relationships = await session.run(readQuery("seed-fingerprint-relationships"));
    const lines = [
      ...nodes.records.map((r) =>
        JSON.stringify(["node", [...(r.get("labels") as string[])].sort(), canonical(r.get("props"))]),
      ),
      ...relationships.records.map((r) =>
        JSON.stringify(["rel", r.get("type"), r.get("from"), r.get("to"), canonical(r.get("props"))]),
      ),
    ];
    return { hash: hashLines(lines), nodes: nodes.records.length, relationships: relationships.records.length };
  } finally {
    await session.close();
  }
}
