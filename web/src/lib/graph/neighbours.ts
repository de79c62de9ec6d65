/** A node's neighbours in the loaded graph, grouped by relationship type and direction. Pure. */
import type { Graph, GraphNode, GraphRelationship } from "@pg/api/contract";
import { relationshipLabel } from "./to-cytoscape";

export interface NeighbourItem {
  relationship: GraphRelationship;
  node: GraphNode;
  direction: "out" | "in";
}
export interface NeighbourGroup {
  key: string;
  /** "member of →" or "← member of", read from the selected node's side. */
  title: string;
  items: NeighbourItem[];
}

export function groupNeighbours(graph: Graph, id: string, byId: Map<string, GraphNode>): NeighbourGroup[] {
  const groups = new Map<string, NeighbourGroup>();
  for (const r of graph.relationships) {
    const direction = r.from === id ? "out" : r.to === id ? "in" : null;
    if (!direction) continue;
    const other = byId.get(direction === "out" ? r.to : r.from);
    if (!other) continue;
    const key = `${direction}:${r.type}`;
    let g = groups.get(key);
    if (!g) {
      const label = relationshipLabel(r.type);
      g = { key, title: direction === "out" ? `${label} →` : `← ${label}`, items: [] };
      groups.set(key, g);
    }
    g.items.push({ relationship: r, node: other, direction });
  }
  for (const g of groups.values()) g.items.sort((a, b) => a.node.name.localeCompare(b.node.name));
  return [...groups.values()].sort((a, b) => b.items.length - a.items.length || a.title.localeCompare(b.title));
}

/** Properties worth showing a reader, with readable keys. */
export function displayProperties(props: Record<string, unknown>): [string, string][] {
  const skip = new Set(["id", "name", "summary", "type", "aliases"]);
  return Object.entries(props)
    .filter(([k, v]) => !skip.has(k) && v !== null && v !== undefined && v !== "")
    .map(([k, v]): [string, string] => [
      k.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase(),
      Array.isArray(v) ? v.join(", ") : typeof v === "boolean" ? (v ? "yes" : "no") : String(v),
    ]);
}
