/**
 * A Cypher script that recreates the graph in any Neo4j 5: the id constraint, one CREATE per
 * node, one MATCH … CREATE per relationship. Every statement ends with ";" and a newline, and
 * string literals never hold a raw newline, so splitting on ";\n" recovers the statements.
 */
import neo4j from "neo4j-driver";
import type { ExportGraph } from "./export-graph";

export const identifier = (name: string): string => `\`${name.replaceAll("`", "``")}\``;

export function literal(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (neo4j.isInt(value)) return value.toString();
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return Number.isNaN(value) ? "0.0/0.0" : value > 0 ? "1.0/0.0" : "-1.0/0.0";
    // Neo4j hands floats to JS as numbers; keep them floats when they happen to be whole.
    return Number.isInteger(value) ? `${value}.0` : String(value);
  }
  if (typeof value === "boolean") return String(value);
  if (typeof value === "string")
    return JSON.stringify(value).replaceAll("\u2028", "\\u2028").replaceAll("\u2029", "\\u2029");
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (neo4j.isDate(value)) return `date(${JSON.stringify(String(value))})`;
  if (neo4j.isDateTime(value)) return `datetime(${JSON.stringify(String(value))})`;
  if (neo4j.isLocalDateTime(value)) return `localdatetime(${JSON.stringify(String(value))})`;
  if (neo4j.isLocalTime(value)) return `localtime(${JSON.stringify(String(value))})`;
  if (neo4j.isTime(value)) return `time(${JSON.stringify(String(value))})`;
  if (neo4j.isDuration(value)) return `duration(${JSON.stringify(String(value))})`;
  throw new Error(`cannot write ${typeof value} as a Cypher literal`);
}

export function mapLiteral(props: Record<string, unknown>): string {
  const entries = Object.keys(props)
    .sort()
    .map((key) => `${identifier(key)}: ${literal(props[key])}`);
  return `{${entries.join(", ")}}`;
}

export function cypherScript(graph: ExportGraph): string {
  const lines = [
    "// partnership-graph export: run each statement in order in an empty Neo4j 5 database.",
    "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;",
  ];
  for (const node of graph.nodes) {
    const labels = [...node.labels].sort().map(identifier).join(":");
    lines.push(`CREATE (:${labels} ${mapLiteral(node.props)});`);
  }
  for (const rel of graph.relationships) {
    lines.push(
      `MATCH (a:Entity {id: ${literal(rel.from)}}), (b:Entity {id: ${literal(rel.to)}}) ` +
        `CREATE (a)-[:${identifier(rel.type)} ${mapLiteral(rel.props)}]->(b);`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** The statements of a script written by cypherScript, without comments. */
export function scriptStatements(script: string): string[] {
  return script
    .split(";\n")
    .map((statement) =>
      statement
        .split("\n")
        .filter((line) => !line.startsWith("//"))
        .join("\n")
        .trim(),
    )
    .filter((statement) => statement.length > 0);
}
