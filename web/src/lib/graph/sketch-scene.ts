/**
 * What the overview sketch draws (see overview-sketch.ts), read from Cytoscape's elements: their
 * positions, sizes, types and the explorer's classes (hidden, faded, in a path or flow, selected,
 * hovered, major). Never their computed styles: the sketch must draw while Cytoscape is still
 * resolving them. The colours and widths are the stylesheet's (styles.ts), so both pictures agree.
 */
import type { Core, EdgeSingular, NodeSingular } from "cytoscape";
import { NODE_TYPES, type FlowStatus } from "@pg/seed/schema";
import { allElements, ownClasses } from "./cytoscape-internals";
import { placedSide, type Side } from "./label-placement";
import { FLOW_STATUS_STYLES, NODE_STYLES, type NodeShape } from "./node-styles";
import { ACCENT, EDGE_WIDTH, FADED_OPACITY, HIGHLIGHT, MUTED_EDGE, PICKED_EDGE } from "./styles";

/** Lines of one look: x1, y1, x2, y2 per edge, in model units. */
export interface EdgeGroup {
  color: string;
  /** Model units, as the stylesheet's `width`. */
  width: number;
  alpha: number;
  coords: number[];
}

/** Nodes of one look: x, y, diameter per node, in model units. */
export interface NodeGroup {
  color: string;
  shape: NodeShape;
  alpha: number;
  coords: number[];
}

/** An outline around one node: the selection, a hover, a node of a path. */
export interface Ring {
  color: string;
  x: number;
  y: number;
  d: number;
}

export interface SketchLabel {
  text: string;
  x: number;
  y: number;
  /** The node's diameter (0 for an axis heading, drawn at its point). */
  d: number;
  side: Side;
  heading: boolean;
}

export interface SketchScene {
  /** In drawing order: faded first, highlights last. */
  edges: EdgeGroup[];
  nodes: NodeGroup[];
  rings: Ring[];
  /** Most important first: axis headings, the selection, a hover, then the hubs. */
  labels: SketchLabel[];
  /** Nodes drawn (axis headings not counted). */
  nodeCount: number;
}

/** Cytoscape's look for a node of no known type. */
const UNTYPED = { color: "#999999", shape: "ellipse" } as const;

/** Each known type's look, by type. */
const LOOKS = new Map<string, { color: string; shape: NodeShape }>(NODE_TYPES.map((t) => [t, NODE_STYLES[t]]));

/**
 * Read once per picture of the whole graph (each time a big graph's view comes to rest): one pass over
 * Cytoscape's elements without a copy, and the plain edges (no class, or only "faded"; most of them)
 * put in their group without working out their look.
 */
export function sketchScene(cy: Core): SketchScene {
  const edges = new Map<string, EdgeGroup & { rank: number }>();
  const nodes = new Map<string, NodeGroup & { rank: number }>();
  const rings: Ring[] = [];
  const labels: (SketchLabel & { rank: number })[] = [];
  let nodeCount = 0;
  const edgeGroup = (look: ReturnType<typeof edgeLook>) => {
    const key = `${look.color}|${look.width}|${look.alpha}`;
    let g = edges.get(key);
    if (!g) edges.set(key, (g = { ...look, coords: [] }));
    return g;
  };
  let plain: EdgeGroup | undefined;
  let plainFaded: EdgeGroup | undefined;

  const eles = allElements(cy);
  for (let i = 0; i < eles.length; i++) {
    const ele = eles[i]!;
    const classes = ownClasses(ele);
    if (classes.has("hidden")) continue;
    if (ele.isEdge()) {
      const e = ele as EdgeSingular;
      const s = e.source();
      const t = e.target();
      if (s.hasClass("hidden") || t.hasClass("hidden")) continue;
      const g =
        classes.size === 0
          ? (plain ??= edgeGroup(edgeLook(e)))
          : classes.size === 1 && classes.has("faded")
            ? (plainFaded ??= edgeGroup(edgeLook(e)))
            : edgeGroup(edgeLook(e));
      const a = s.position();
      const b = t.position();
      g.coords.push(a.x, a.y, b.x, b.y);
      continue;
    }
    const n = ele as NodeSingular;
    const p = n.position();
    if (classes.has("tick")) {
      labels.push({ text: String(n.data("label") ?? ""), x: p.x, y: p.y, d: 0, side: "top", heading: true, rank: 0 });
      continue;
    }
    nodeCount++;
    const style = LOOKS.get(n.data("type") as string) ?? UNTYPED;
    const faded = classes.has("faded");
    const alpha = faded ? FADED_OPACITY : 1;
    const key = `${style.color}|${style.shape}|${alpha}`;
    let g = nodes.get(key);
    if (!g) nodes.set(key, (g = { color: style.color, shape: style.shape, alpha, rank: faded ? 0 : 1, coords: [] }));
    const d = Number(n.data("size")) || 30;
    g.coords.push(p.x, p.y, d);
    const selected = n.selected();
    if (classes.size === 0 && !selected) continue;
    const hover = classes.has("hover");
    const ring = selected ? ACCENT : classes.has("current-hop") || classes.has("in-path") || hover ? HIGHLIGHT : null;
    if (ring) rings.push({ color: ring, x: p.x, y: p.y, d });
    // As Cytoscape shows a whole big graph: the labels placed where they cover no other (label-placement.ts),
    // the selection's and the hovered node's; other labels are too small to draw at such a zoom.
    const side = classes.has("major") ? placedSide(n) : null;
    const rank = selected ? 1 : hover ? 2 : side ? 3 : 0;
    const text = String(n.data("label") ?? "");
    if (!faded && rank) labels.push({ text, x: p.x, y: p.y, d, side: side ?? "bottom", heading: false, rank });
  }

  const byRank = <T extends { rank: number }>(all: Iterable<T>) =>
    [...all].sort((a, b) => a.rank - b.rank).map(({ rank: _, ...g }) => g);
  return { edges: byRank(edges.values()), nodes: byRank(nodes.values()), rings, labels: byRank(labels), nodeCount };
}

/** An edge's colour, width and opacity, as the stylesheet gives them for its classes. */
function edgeLook(e: EdgeSingular): { color: string; width: number; alpha: number; rank: number } {
  const faded = e.hasClass("faded");
  const alpha = faded ? FADED_OPACITY : 1;
  if (e.hasClass("current-hop"))
    return { color: flowColour(e) ?? HIGHLIGHT, width: EDGE_WIDTH.currentHop, alpha: 1, rank: 4 };
  if (e.hasClass("in-path")) return { color: HIGHLIGHT, width: EDGE_WIDTH.inPath, alpha: 1, rank: 3 };
  const flow = e.hasClass("flow") ? flowColour(e) : null;
  if (flow)
    return {
      color: flow,
      width: e.hasClass("on-chain") ? EDGE_WIDTH.onChain : EDGE_WIDTH.flow,
      alpha,
      rank: faded ? 0 : 2,
    };
  if (e.hasClass("picked")) return { color: PICKED_EDGE, width: EDGE_WIDTH.picked, alpha, rank: faded ? 0 : 2 };
  return { color: MUTED_EDGE, width: EDGE_WIDTH.base, alpha, rank: faded ? 0 : 1 };
}

function flowColour(e: EdgeSingular): string | null {
  const status = e.data("status") as FlowStatus | undefined;
  return status && status in FLOW_STATUS_STYLES ? FLOW_STATUS_STYLES[status].color : null;
}
