/**
 * The force layout of a graph, computed in a worker thread so the API keeps answering meanwhile
 * (the report's graph takes 1–2 s, 5k nodes several). The thread is TypeScript run through tsx,
 * registered inside the thread: a worker does not inherit the parent's --import hooks.
 */
import { Worker } from "node:worker_threads";
import { forceLayoutInput } from "../contract/layout";
import type { Graph } from "../contract/graph";
import type { PositionRow } from "./run-fcose";

export interface ComputedLayout {
  rows: PositionRow[];
  ms: number;
}

const TIMEOUT_MS = 120_000;

/** Resolved here when the runtime can (plain Node); inside a test runner, from the working directory. */
function tsxApi(): string {
  try {
    return import.meta.resolve("tsx/esm/api");
  } catch {
    return "tsx/esm/api";
  }
}

export function computeForceLayout(graph: Graph): Promise<ComputedLayout> {
  const entry = new URL("./force-layout-thread.ts", import.meta.url).href;
  const tsx = tsxApi();
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(boot, { eval: true, workerData: forceLayoutInput(graph) });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`force layout took more than ${TIMEOUT_MS / 1000} s`));
    }, TIMEOUT_MS);
    const done = () => {
      clearTimeout(timer);
      void worker.terminate();
    };
    worker.once("message", (m: ComputedLayout | { error: string }) => {
      done();
      if ("error" in m) reject(new Error(m.error));
      else resolve(m);
    });
    worker.once("error", (error) => {
      done();
      reject(error);
    });
  });
}
