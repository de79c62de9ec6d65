/**
 * Puts the nodes where the chosen layout wants them. The force layout ("fcose") is computed once per
 * graph and kept (this browser's cache, else the API's, else a worker here); the structured layouts
 * are cheap and computed on the spot over what is visible, with their headings.
 */
import type { Core, NodeSingular, LayoutOptions } from "cytoscape";
import type { Graph, GraphNode, GraphRelationship } from "@pg/api/contract";
import { addTicks, removeTicks, type AxisFacts } from "./axis-ticks";
import { flowPositions } from "./flow-layout";
import { FORCE_LAYOUT_MAX_NODES } from "@pg/api/contract/layout";
import {
  FCOSE_MAX_NODES,
  byTypePositions,
  northSouthPositions,
  seedPositions,
  timelinePositions,
  type Positions,
} from "./layouts";
import type { LayoutName } from "./view";
import { forceLayout, serverLayout } from "../layout-client";
import { graphKey, loadCachedLayout, saveCachedLayout } from "../state/positions";

export interface LayoutRun {
  cy: Core;
  layout: LayoutName;
  graph: Graph;
  /** What the structured layouts arrange; null = the whole graph. */
  visible: readonly GraphNode[] | null;
  facts: AxisFacts;
  /** In the knowledge-flow mode, the flows shown: North–South then orders the actors along them. */
  flows?: readonly GraphRelationship[] | null;
  /** Nodes the user put somewhere keep that place in every layout. */
  dragged: Positions;
  /** The nodes already stand where this layout puts them: they were added at `startPositions`. */
  placed: boolean;
  /** Still wanted? A slow force layout must not move a picture the user has already left. */
  current(): boolean;
  /** Places the viewport; `final`: the laid-out picture is complete. */
  finish(final?: boolean): void;
  /** Fit when the animated layout ends? Not when a link's viewport is to be kept. */
  fitAfter(): boolean;
  busy(on: boolean): void;
  measured(ms: number): void;
}

/** How long a layout switched to later waits for the API before computing it here. */
const SERVER_WAIT_MS = 10_000;

/**
 * How long a graph too big for fcose here waits for the API's ForceAtlas2 (5–16 s at 20k nodes, once per
 * dataset version) before it is arranged by type instead.
 */
const BIG_SERVER_WAIT_MS = 120_000;

/** Too big to lay out in the browser: the API's layout, or by type. */
const tooBigHere = (graph: Graph) => graph.nodes.length > FCOSE_MAX_NODES;

/** Beyond this many nodes the move to the force layout is a jump, not an animation. */
const ANIMATE_MAX_NODES = 800;

export function applyPositions(cy: Core, pos: Positions, dragged: Positions): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const p = dragged.get(n.id()) ?? pos.get(n.id());
      if (p) n.position({ x: p.x, y: p.y });
    });
  });
}

const covers = (pos: Positions | null, nodes: readonly GraphNode[]): pos is Positions =>
  pos !== null && nodes.every((n) => pos.has(n.id));

/**
 * Where the nodes go as they are first added, when that is known without computing a force layout
 * here: the network's layout from this browser's cache or from the API (saving a full redraw from a
 * provisional start, and seconds of fcose). A graph too big for fcose here waits for the API's layout
 * (nothing is drawn meanwhile, so the wait costs no extra full draw), else goes by type.
 * Null: the layout runs once the nodes are there.
 */
export async function startPositions(graph: Graph, layout: LayoutName, timeoutMs: number): Promise<Positions | null> {
  if (layout !== "fcose" || graph.nodes.length === 0) return null;
  const key = graphKey(graph);
  const cached = loadCachedLayout(key);
  if (covers(cached, graph.nodes)) return cached;
  if (graph.nodes.length > FORCE_LAYOUT_MAX_NODES) return byTypePositions(graph.nodes);
  const big = tooBigHere(graph);
  // The prefetched answer gives up after `timeoutMs`; the API is still computing, so ask again.
  const served = (await serverLayout(timeoutMs)) ?? (big ? await serverLayout(BIG_SERVER_WAIT_MS) : null);
  if (!served || !covers(served.positions, graph.nodes)) return big ? byTypePositions(graph.nodes) : null;
  // runLayout finds a graph's layout here, unless it is too big for fcose: such a graph is added at these
  // positions and runLayout trusts that. The write is synchronous (5k positions took ~100 ms) and would
  // come before the first picture.
  if (!big) saveCachedLayout(key, served.positions);
  return served.positions;
}

export function runLayout(run: LayoutRun): void {
  const { cy, layout, graph, dragged } = run;
  removeTicks(cy);
  if (layout !== "fcose") {
    const nodes = run.visible ?? graph.nodes;
    const pos =
      layout === "north-south"
        ? run.flows
          ? flowPositions(nodes, run.flows, run.facts.sides)
          : northSouthPositions(nodes, run.facts.sides)
        : layout === "by-type"
          ? byTypePositions(nodes)
          : timelinePositions(nodes, run.facts.spans);
    applyPositions(cy, pos, dragged);
    addTicks(cy, layout, pos, run.facts);
    run.finish();
    return;
  }
  const key = graphKey(graph);
  const cached = loadCachedLayout(key);
  const known = covers(cached, graph.nodes)
    ? cached
    : graph.nodes.length > FORCE_LAYOUT_MAX_NODES
      ? byTypePositions(graph.nodes)
      : null;
  const big = tooBigHere(graph);
  // A big graph's nodes were added where startPositions put them: the API's layout, or by type.
  if (known || (big && run.placed)) {
    if (known && !run.placed) applyPositions(cy, known, dragged);
    run.finish();
    return;
  }
  // Draw at once from a deterministic start, then move to the force layout when the API (or else the
  // worker here) has it.
  applyPositions(cy, seedPositions(graph.nodes), dragged);
  run.finish(false);
  run.busy(true);
  serverLayout(big ? BIG_SERVER_WAIT_MS : SERVER_WAIT_MS)
    .then((served) =>
      served && covers(served.positions, graph.nodes)
        ? served
        : big
          ? Promise.reject(new Error("the API has no layout for this graph"))
          : forceLayout(graph),
    )
    .then(({ positions, ms }) => {
      if (!run.current()) return;
      run.measured(ms);
      saveCachedLayout(key, positions);
      moveTo(run, new Map([...positions, ...dragged]));
    })
    .catch((err: unknown) => {
      console.warn("force layout failed; arranging by type", err);
      applyPositions(cy, byTypePositions(graph.nodes), dragged);
      run.finish();
    })
    .finally(() => run.busy(false));
}

function moveTo(run: LayoutRun, target: Positions): void {
  const { cy } = run;
  if (run.graph.nodes.length > ANIMATE_MAX_NODES) {
    applyPositions(cy, target, new Map());
    run.finish();
    return;
  }
  cy.layout({
    name: "preset",
    positions: (n: NodeSingular) => target.get(n.id()) ?? n.position(),
    animate: true,
    animationDuration: 450,
    fit: run.fitAfter(),
    padding: 40,
  } as unknown as LayoutOptions).run();
  setTimeout(() => run.finish(), 470);
}
