/**
 * Neo4j values → plain JSON, done once at the edge: Integers become numbers (or strings when
 * they would lose precision), temporals ISO strings, points {srid,x,y,z}; nodes, relationships
 * and paths become small tagged objects the routes reshape into graph elements.
 */
import neo4j, { isInt, type Integer } from "neo4j-driver";

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export function intToJson(value: Integer): number | string {
  return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
}

/** A Neo4j Integer or JS number as a number (for counts that are always small). */
export function toNumber(value: unknown): number {
  if (isInt(value)) return value.toNumber();
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  return Number.NaN;
}

const isTemporal = (value: unknown): boolean =>
  neo4j.isDate(value) ||
  neo4j.isDateTime(value) ||
  neo4j.isLocalDateTime(value) ||
  neo4j.isLocalTime(value) ||
  neo4j.isTime(value) ||
  neo4j.isDuration(value);

export function toJson(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isInt(value)) return intToJson(value);
  if (isTemporal(value)) return String(value);
  if (neo4j.isPoint(value)) {
    const point: { [key: string]: Json } = { srid: toJson(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (neo4j.isNode(value)) return { labels: value.labels, properties: propertiesToJson(value.properties) };
  if (neo4j.isRelationship(value)) return { type: value.type, properties: propertiesToJson(value.properties) };
  if (neo4j.isPath(value)) {
    return { start: toJson(value.start), end: toJson(value.end), length: value.length };
  }
  if (value instanceof Int8Array || value instanceof Uint8Array) return Array.from(value);
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === "object") return propertiesToJson(value as Record<string, unknown>);
  return String(value);
}

export function propertiesToJson(properties: Record<string, unknown>): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(properties)) out[key] = toJson(value);
  return out;
}
