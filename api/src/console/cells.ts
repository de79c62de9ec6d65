/**
 * Console results → JSON cells, plus the graph elements they contain, so the console can show
 * a table and draw the same answer.
 */
import neo4j, { type Node as Neo4jNode, type Path, type Relationship as Neo4jRelationship } from "neo4j-driver";
import type { Graph, GraphNode, GraphRelationship } from "../contract/graph";
import { toGraphNode, toGraphRelationship } from "../neo4j/graph-elements";
import { propertiesToJson, toJson, type Json } from "../neo4j/to-json";

export class CellCollector {
  readonly nodes: Map<string, Neo4jNode> = new Map();
  readonly relationships: Map<string, Neo4jRelationship> = new Map();

  /** First pass: remember every node and relationship, wherever it sits in the value. */
  collect(value: unknown): void {
    if (neo4j.isNode(value)) this.nodes.set(value.elementId, value);
    else if (neo4j.isRelationship(value)) this.relationships.set(value.elementId, value);
    else if (neo4j.isPath(value)) {
      this.nodes.set(value.start.elementId, value.start);
      for (const segment of value.segments) {
        this.relationships.set(segment.relationship.elementId, segment.relationship);
        this.nodes.set(segment.end.elementId, segment.end);
      }
    } else if (Array.isArray(value)) value.forEach((item) => this.collect(item));
    else if (value !== null && typeof value === "object" && !isScalarObject(value)) {
      Object.values(value).forEach((item) => this.collect(item));
    }
  }

  /** Element ids of relationship ends that the result did not include. */
  missingEnds(): string[] {
    const missing = new Set<string>();
    for (const rel of this.relationships.values()) {
      for (const end of [rel.startNodeElementId, rel.endNodeElementId]) if (!this.nodes.has(end)) missing.add(end);
    }
    return [...missing];
  }

  publicNodeId(elementId: string): string {
    const id = this.nodes.get(elementId)?.properties["id"];
    return typeof id === "string" ? id : elementId;
  }

  publicRelationshipId(rel: Neo4jRelationship): string {
    const key = rel.properties["key"];
    return typeof key === "string" ? key : rel.elementId;
  }

  /** Second pass: a value as JSON, graph elements as tagged cells. */
  cell(value: unknown): Json {
    if (neo4j.isNode(value)) {
      return {
        kind: "node",
        id: this.publicNodeId(value.elementId),
        labels: value.labels,
        properties: propertiesToJson(value.properties),
      };
    }
    if (neo4j.isRelationship(value)) {
      return {
        kind: "relationship",
        id: this.publicRelationshipId(value),
        type: value.type,
        from: this.publicNodeId(value.startNodeElementId),
        to: this.publicNodeId(value.endNodeElementId),
        properties: propertiesToJson(value.properties),
      };
    }
    if (neo4j.isPath(value)) {
      const path = value as Path;
      return {
        kind: "path",
        nodes: [path.start, ...path.segments.map((s) => s.end)].map((n) => this.publicNodeId(n.elementId)),
        relationships: path.segments.map((s) => this.publicRelationshipId(s.relationship)),
      };
    }
    if (Array.isArray(value)) return value.map((item) => this.cell(item));
    if (value !== null && typeof value === "object" && !isScalarObject(value)) {
      const out: { [key: string]: Json } = {};
      for (const [key, item] of Object.entries(value)) out[key] = this.cell(item);
      return out;
    }
    return toJson(value);
  }

  graph(): Graph {
    const nodes: GraphNode[] = [];
    const known = new Set<string>();
    for (const raw of this.nodes.values()) {
      const node = toGraphNode(raw);
      if (node && !known.has(node.id)) {
        known.add(node.id);
        nodes.push(node);
      }
    }
    const relationships: GraphRelationship[] = [];
    for (const raw of this.relationships.values()) {
      const from = this.publicNodeId(raw.startNodeElementId);
      const to = this.publicNodeId(raw.endNodeElementId);
      if (!known.has(from) || !known.has(to)) continue;
      const rel = toGraphRelationship(raw, from, to);
      if (rel) relationships.push(rel);
    }
    return { nodes, relationships };
  }
}

/** Driver objects that are values, not containers: Integers, temporals, points. */
function isScalarObject(value: object): boolean {
  return (
    neo4j.isInt(value) ||
    neo4j.isPoint(value) ||
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value) ||
    value instanceof Uint8Array
  );
}
