/** Runs fcose in a worker and resolves with the positions; one worker, created on first use. */
import type { Graph } from "@pg/api/contract";
import { LAYOUT_SEED, fcoseOptions, type Positions } from "./graph/layouts";
import type { LayoutRequest, LayoutResponse } from "./graph/layout.worker";

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (r: LayoutResponse) => void>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL("./graph/layout.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (e: MessageEvent<LayoutResponse>) => {
      waiting.get(e.data.id)?.(e.data);
      waiting.delete(e.data.id);
    };
  }
  return worker;
}

export function forceLayout(
  graph: Graph,
  sizes: Map<string, number> | undefined,
): Promise<{ positions: Positions; ms: number }> {
  const id = nextId++;
  const request: LayoutRequest = {
    id,
    nodes: graph.nodes.map((n) => ({ id: n.id, size: 30 + (sizes?.get(n.id) ?? 0) * 20 })),
    edges: graph.relationships.map((r) => ({ id: r.id, source: r.from, target: r.to })),
    options: { ...fcoseOptions(graph.nodes.length) },
    seed: LAYOUT_SEED,
  };
  return new Promise((resolve, reject) => {
    const w = getWorker();
    const onError = (e: ErrorEvent) => {
      waiting.delete(id);
      reject(new Error(e.message || "layout worker failed"));
    };
    w.addEventListener("error", onError, { once: true });
    waiting.set(id, (r) => {
      w.removeEventListener("error", onError);
      resolve({ positions: new Map(r.positions.map(([nid, x, y]) => [nid, { x, y }])), ms: r.ms });
    });
    w.postMessage(request);
  });
}
