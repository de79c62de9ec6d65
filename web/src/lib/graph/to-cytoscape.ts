/** filtered graph → Cytoscape element definitions. Pure: no Cytoscape import, only plain data. */
import type { Graph, GraphNode } from "@pg/api/contract";
import type { Position, Positions } from "./layouts";

export interface NodeData {
  id: string;
  label: string;
  type: GraphNode["type"];
  /** Node diameter in model units, from the size metric. */
  size: number;
  [key: string]: unknown;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  status?: string;
  [key: string]: unknown;
}

export interface ElementDef {
  group: "nodes" | "edges";
  data: NodeData | EdgeData;
  position?: Position;
  classes?: string;
}

export const BASE_SIZE = 30;
export const MAX_EXTRA_SIZE = 40;
/**
 * Node sizes go in steps this big. Cytoscape keeps one cached picture per distinct look, and sizes
 * straight from a metric gave nearly every node its own: 20k nodes kept redrawing those caches for
 * 24 s after the first picture, 11 s in steps of 4 px (bench/web/PROFILE.md). A smaller step is not
 * seen anyway.
 */
export const SIZE_STEP = 4;

/** Readable label: long names wrap; the stylesheet sets the wrap width. */
export function shortLabel(name: string, max = 48): string {
  return name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name;
}

export function relationshipLabel(type: string): string {
  return type.toLowerCase().replaceAll("_", " ");
}

export function toElements(
  graph: Graph,
  opts: { sizes?: Map<string, number>; positions?: Positions } = {},
): ElementDef[] {
  const out: ElementDef[] = [];
  for (const n of graph.nodes) {
    const extra = opts.sizes?.get(n.id);
    const el: ElementDef = {
      group: "nodes",
      data: {
        id: n.id,
        label: shortLabel(n.name),
        type: n.type,
        size:
          BASE_SIZE +
          (extra === undefined ? 0 : Math.round((Math.sqrt(extra) * MAX_EXTRA_SIZE) / SIZE_STEP) * SIZE_STEP),
      },
    };
    const p = opts.positions?.get(n.id);
    if (p) el.position = { x: p.x, y: p.y };
    out.push(el);
  }
  for (const r of graph.relationships) {
    const status = typeof r.properties.status === "string" ? r.properties.status : undefined;
    const data: EdgeData = {
      id: r.id,
      source: r.from,
      target: r.to,
      type: r.type,
      label: relationshipLabel(r.type),
    };
    if (status) data.status = status;
    out.push({ group: "edges", data, classes: r.type === "KNOWLEDGE_FLOW" ? "flow" : "" });
  }
  return out;
}
