/** The visible subgraph as files: JSON (the API's Graph shape) and CSV (one file per table). Pure. */
import type { Graph, GraphNode, GraphRelationship } from "@pg/api/contract";

type Cell = string | number | boolean | null | undefined | readonly (string | number | boolean)[];

export function csvCell(v: Cell): string {
  if (v === null || v === undefined) return "";
  const s = Array.isArray(v) ? v.join("; ") : String(v);
  // Quote when needed; a leading = + - @ is neutralised so spreadsheets do not run it as a formula.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) || safe !== s ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((r) => r.map((c) => csvCell(c as Cell)).join(",")).join("\r\n") + "\r\n";
}

function propertyKeys(items: readonly { properties: Record<string, unknown> }[]): string[] {
  const keys = new Set<string>();
  for (const i of items) for (const k of Object.keys(i.properties)) keys.add(k);
  return [...keys].sort();
}

export function nodesCsv(nodes: readonly GraphNode[]): string {
  const keys = propertyKeys(nodes);
  return toCsv(
    ["id", "type", "name", "summary", ...keys],
    nodes.map((n) => [n.id, n.type, n.name, n.summary, ...keys.map((k) => n.properties[k] as Cell)]),
  );
}

export function relationshipsCsv(rels: readonly GraphRelationship[]): string {
  const keys = propertyKeys(rels);
  return toCsv(
    ["id", "type", "from", "to", "section", "quote", ...keys],
    rels.map((r) => [r.id, r.type, r.from, r.to, r.section, r.quote, ...keys.map((k) => r.properties[k] as Cell)]),
  );
}

export function graphJson(graph: Graph): string {
  return JSON.stringify({ nodes: graph.nodes, relationships: graph.relationships }, null, 2);
}

export const EXPORT_BACKGROUNDS = {
  white: "#ffffff",
  light: "#f6f7f9",
  dark: "#1d232b",
  transparent: null,
} as const;
export type ExportBackground = keyof typeof EXPORT_BACKGROUNDS;

export function exportFileName(base: string, ext: string, date = new Date()): string {
  return `partnership-graph-${base}-${date.toISOString().slice(0, 10)}.${ext}`;
}
