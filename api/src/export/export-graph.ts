/** The whole graph as raw rows (Neo4j values kept, so a Cypher script can tell 2008 from 2008.0). */
import type { Database } from "../neo4j/database";

export interface ExportNode {
  labels: string[];
  props: Record<string, unknown>;
}
export interface ExportRelationship {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}
export interface ExportGraph {
  nodes: ExportNode[];
  relationships: ExportRelationship[];
}

export async function readExportGraph(db: Database): Promise<ExportGraph> {
  const [nodes = [], rels = []] = await db.readMany([["export-nodes"], ["export-relationships"]], 60_000);
  return {
    nodes: nodes.map((record) => ({ labels: record.get("labels") as string[], props: record.get("props") })),
    relationships: rels.map((record) => ({
      type: record.get("type") as string,
      from: record.get("from") as string,
      to: record.get("to") as string,
      props: record.get("props"),
    })),
  };
}

/** The type label of a node: the one that is not the shared Entity label. */
export const typeLabel = (labels: readonly string[]): string =>
  [...labels].sort().find((label) => label !== "Entity") ?? "Entity";
