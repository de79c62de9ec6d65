/**
 * Narrowing the network to some node types and a year range. Nodes and relationships without
 * dates always stay: the range says "what was happening then", not "what has a date".
 */
import type { NodeType } from "@pg/seed/schema";
import type { Graph, GraphNode, GraphRelationship } from "../contract/graph";

export interface GraphFilter {
  types?: readonly NodeType[];
  from?: number;
  to?: number;
}

type Props = GraphNode["properties"];

const year = (value: Props[string] | undefined): number | undefined => {
  if (typeof value === "number") return value;
  if (typeof value === "string" && /^\d{4}/.test(value)) return Number(value.slice(0, 4));
  return undefined;
};

/** [start, end] of what a node or relationship covers; undefined ends are open. */
export function spanOf(props: Props): [number | undefined, number | undefined] {
  const start = year(props["year"]) ?? year(props["date"]) ?? year(props["startYear"]) ?? year(props["since"]);
  const end = year(props["year"]) ?? year(props["date"]) ?? year(props["endYear"]) ?? year(props["until"]);
  return [start, end];
}

export function overlaps(props: Props, from: number | undefined, to: number | undefined): boolean {
  const [start, end] = spanOf(props);
  if (to !== undefined && start !== undefined && start > to) return false;
  if (from !== undefined && end !== undefined && end < from) return false;
  return true;
}

export function filterGraph(graph: Graph, filter: GraphFilter): Graph {
  const { types, from, to } = filter;
  if (!types?.length && from === undefined && to === undefined) return graph;
  const wanted = types?.length ? new Set<string>(types) : undefined;
  const nodes = graph.nodes.filter((node) => (!wanted || wanted.has(node.type)) && overlaps(node.properties, from, to));
  const kept = new Set(nodes.map((node) => node.id));
  const relationships = graph.relationships.filter(
    (rel: GraphRelationship) => kept.has(rel.from) && kept.has(rel.to) && overlaps(rel.properties, from, to),
  );
  return { nodes, relationships };
}
