/**
 * Neo4j nodes and relationships → the contract's GraphNode / GraphRelationship. Public ids are
 * the dataset's `id` (nodes) and `key` (relationships), never Neo4j's element ids.
 */
import { NODE_TYPES, RELATIONSHIP_TYPES, type NodeType, type RelationshipType } from "@pg/seed/schema";
import type { Node as Neo4jNode, Relationship as Neo4jRelationship } from "neo4j-driver";
import type { GraphNode, GraphRelationship } from "../contract/graph";
import { toJson, type Json } from "./to-json";

type Property = GraphNode["properties"][string];

const nodeTypes = new Set<string>(NODE_TYPES);
const relationshipTypes = new Set<string>(RELATIONSHIP_TYPES);
// `quotes` is the loader's copy of the mentions for the full-text index; evidence comes from MENTIONED_IN.
const NODE_OWN_KEYS = new Set(["id", "name", "summary", "quotes"]);
const RELATIONSHIP_OWN_KEYS = new Set(["key", "section", "quote"]);

export function nodeTypeOf(labels: readonly string[]): NodeType | undefined {
  return labels.find((label): label is NodeType => nodeTypes.has(label));
}

export const isRelationshipType = (type: string): type is RelationshipType => relationshipTypes.has(type);

/** Keeps what the contract can carry: scalars and flat lists of scalars. */
function toProperty(value: Json): Property | undefined {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    const scalars = value.filter((item) => item !== null && typeof item !== "object");
    return scalars as (string | number | boolean)[];
  }
  return undefined;
}

function properties(raw: Record<string, unknown>, skip: Set<string>): Record<string, Property> {
  const out: Record<string, Property> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (skip.has(key)) continue;
    const property = toProperty(toJson(value));
    if (property !== undefined) out[key] = property;
  }
  return out;
}

const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** undefined for nodes outside the domain model (e.g. the dataset's Meta node). */
export function toGraphNode(node: Neo4jNode): GraphNode | undefined {
  const type = nodeTypeOf(node.labels);
  const id = node.properties["id"];
  if (!type || typeof id !== "string") return undefined;
  return {
    id,
    type,
    name: text(node.properties["name"]) || id,
    summary: text(node.properties["summary"]),
    properties: properties(node.properties, NODE_OWN_KEYS),
  };
}

export function toGraphRelationship(rel: Neo4jRelationship, from: string, to: string): GraphRelationship | undefined {
  if (!isRelationshipType(rel.type)) return undefined;
  const key = rel.properties["key"];
  const section = rel.properties["section"];
  const quote = rel.properties["quote"];
  return {
    id: typeof key === "string" ? key : `${from}|${rel.type}|${to}`,
    type: rel.type,
    from,
    to,
    section: typeof section === "string" ? section : null,
    quote: typeof quote === "string" ? quote : null,
    properties: properties(rel.properties, RELATIONSHIP_OWN_KEYS),
  };
}
