/**
 * GraphML that Gephi and yEd open: one <key> per property (lists written as JSON text, since
 * GraphML has no list type), a `labels` and `type` key for nodes, `type` for edges.
 */
import neo4j from "neo4j-driver";
import { toJson } from "../neo4j/to-json";
import { typeLabel, type ExportGraph } from "./export-graph";

type KeyType = "string" | "long" | "double" | "boolean";

export const xmlEscape = (text: string): string =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    // XML 1.0 cannot carry most control characters, even escaped.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

function keyType(value: unknown): KeyType {
  if (neo4j.isInt(value)) return "long";
  if (typeof value === "number") return "double";
  if (typeof value === "boolean") return "boolean";
  return "string";
}

function text(value: unknown): string {
  if (Array.isArray(value)) return JSON.stringify(toJson(value));
  const json = toJson(value);
  return typeof json === "string" ? json : JSON.stringify(json);
}

function collectKeys(rows: { props: Record<string, unknown> }[]): Map<string, KeyType> {
  const keys = new Map<string, KeyType>();
  for (const row of rows) {
    for (const [key, value] of Object.entries(row.props)) {
      const type = keyType(value);
      const seen = keys.get(key);
      keys.set(key, seen === undefined || seen === type ? type : "string");
    }
  }
  return keys;
}

export function graphml(graph: ExportGraph): string {
  const nodeKeys = collectKeys(graph.nodes);
  const edgeKeys = collectKeys(graph.relationships);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="label" for="edge" attr.name="label" attr.type="string"/>',
  ];
  for (const [key, type] of nodeKeys) {
    out.push(`  <key id="n_${xmlEscape(key)}" for="node" attr.name="${xmlEscape(key)}" attr.type="${type}"/>`);
  }
  for (const [key, type] of edgeKeys) {
    out.push(`  <key id="e_${xmlEscape(key)}" for="edge" attr.name="${xmlEscape(key)}" attr.type="${type}"/>`);
  }
  out.push('  <graph id="partnership-graph" edgedefault="directed">');
  for (const node of graph.nodes) {
    const id = text(node.props["id"]);
    out.push(`    <node id="${xmlEscape(id)}">`);
    out.push(`      <data key="labels">${xmlEscape([...node.labels].sort().join(":"))}</data>`);
    out.push(`      <data key="type">${xmlEscape(typeLabel(node.labels))}</data>`);
    for (const [key, value] of Object.entries(node.props)) {
      out.push(`      <data key="n_${xmlEscape(key)}">${xmlEscape(text(value))}</data>`);
    }
    out.push("    </node>");
  }
  graph.relationships.forEach((rel, index) => {
    const key = rel.props["key"];
    const id = typeof key === "string" ? key : `e${index}`;
    out.push(`    <edge id="${xmlEscape(id)}" source="${xmlEscape(rel.from)}" target="${xmlEscape(rel.to)}">`);
    out.push(`      <data key="label">${xmlEscape(rel.type)}</data>`);
    for (const [name, value] of Object.entries(rel.props)) {
      out.push(`      <data key="e_${xmlEscape(name)}">${xmlEscape(text(value))}</data>`);
    }
    out.push("    </edge>");
  });
  out.push("  </graph>", "</graphml>");
  return `${out.join("\n")}\n`;
}
