/**
 * The force layout of a graph, computed in a worker thread so the API keeps answering meanwhile
 * (the report's graph takes 1–2 s, 5k nodes several).
 */
import { forceLayoutInput } from "../contract/layout";
import type { Graph } from "../contract/graph";
import { runInThread } from "../threads/run-in-thread";
import type { PositionRow } from "./run-fcose";

export interface ComputedLayout {
  rows: PositionRow[];
  ms: number;
}

const TIMEOUT_MS = 120_000;
const THREAD = new URL("./force-layout-thread.ts", import.meta.url);

export function computeForceLayout(graph: Graph): Promise<ComputedLayout> {
  return runInThread<ComputedLayout>(THREAD, forceLayoutInput(graph), "the force layout", TIMEOUT_MS);
}
