/**
 * CSV in two parts, nodes and relationships, with a column per property (lists as JSON text).
 * Fields are quoted when needed (RFC 4180); cells that a spreadsheet would run as a formula
 * get a leading apostrophe.
 */
import { toJson } from "../neo4j/to-json";
import { typeLabel, type ExportGraph } from "./export-graph";

export const CSV_PARTS = ["nodes", "relationships"] as const;
export type CsvPart = (typeof CSV_PARTS)[number];

export function csvField(value: unknown): string {
  const json = value === undefined ? null : toJson(value);
  let text = json === null ? "" : typeof json === "string" ? json : JSON.stringify(json);
  if (/^[=+\-@\t\r]/.test(text) && typeof json === "string") text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function table(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export function csv(graph: ExportGraph, part: CsvPart): string {
  if (part === "nodes") {
    const keys = [...new Set(graph.nodes.flatMap((n) => Object.keys(n.props)))].filter((k) => k !== "id").sort();
    return table(
      ["id", "type", "labels", ...keys],
      graph.nodes.map((n) => [
        n.props["id"],
        typeLabel(n.labels),
        [...n.labels].sort().join(":"),
        ...keys.map((k) => n.props[k]),
      ]),
    );
  }
  const keys = [...new Set(graph.relationships.flatMap((r) => Object.keys(r.props)))].filter((k) => k !== "key").sort();
  return table(
    ["key", "type", "from", "to", ...keys],
    graph.relationships.map((r) => [r.props["key"], r.type, r.from, r.to, ...keys.map((k) => r.props[k])]),
  );
}
