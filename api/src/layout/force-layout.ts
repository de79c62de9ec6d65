/**
 * The force layout of a graph, computed in a worker thread so the API keeps answering meanwhile
 * (the report's graph takes 1–2 s, 5k nodes several, 20k nodes with ForceAtlas2 5–16 s).
 */
import type { Graph } from "../contract/graph";
import { runInThread } from "../threads/run-in-thread";
import type { PositionRow } from "./run-fcose";
import { serverLayoutInput } from "./run-forceatlas2";

export interface ComputedLayout {
  rows: PositionRow[];
  ms: number;
}

const TIMEOUT_MS = 120_000;
const THREAD = new URL("./force-layout-thread.ts", import.meta.url);

export function computeForceLayout(graph: Graph): Promise<ComputedLayout> {
  return runInThread<ComputedLayout>(THREAD, serverLayoutInput(graph), "the force layout", TIMEOUT_MS);
}
