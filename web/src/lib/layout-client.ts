/**
 * The force layout's positions: from the API, which computes them once per dataset version, or else
 * from fcose in a worker here (one worker, created on first use).
 */
import type { Graph } from "@pg/api/contract";
import { LayoutResponse, forceLayoutInput } from "@pg/api/contract/layout";
import type { Positions } from "./graph/layouts";
import type { LayoutRequest, LayoutResponse as WorkerResponse } from "./graph/layout.worker";
import { workerClient } from "./worker-client";

// The offline build (vite.offline.config.ts) replaces this expression with one that throws: keep it as written.
const createWorker = () => new Worker(new URL("./graph/layout.worker.ts", import.meta.url), { type: "module" });
const fcose = workerClient<LayoutRequest, WorkerResponse>(createWorker);

const toPositions = (rows: [string, number, number][]): Positions => new Map(rows.map(([id, x, y]) => [id, { x, y }]));

/** fcose here, with the API's input (nodes sized by degree), so the picture is the API's. */
export function forceLayout(graph: Graph): Promise<{ positions: Positions; ms: number }> {
  return fcose
    .request((id) => ({ id, input: forceLayoutInput(graph) }))
    .then((r) => ({ positions: toPositions(r.positions), ms: r.ms }));
}

type Served = { positions: Positions; ms: number } | null;

async function requestLayout(timeoutMs: number): Promise<Served> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const res = await fetch("/api/layout", { headers: { accept: "application/json" }, signal: abort.signal });
    if (!res.ok) return null;
    const body = LayoutResponse.safeParse(await res.json());
    if (!body.success || body.data.positions.length === 0) return null;
    return { positions: toPositions(body.data.positions), ms: body.data.ms };
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

let early: Promise<Served> | null = null;

/** Asks for the API's layout at once, alongside the graph, instead of one round trip after it. */
export function prefetchServerLayout(timeoutMs: number): void {
  if (typeof window !== "undefined") early ??= requestLayout(timeoutMs);
}

/**
 * The API's layout, or null when it has none for this graph (too big, offline, an error, or slower
 * than `timeoutMs`: the first request after a reseed computes it, which can take seconds).
 */
export function serverLayout(timeoutMs: number): Promise<Served> {
  const answer = early ?? requestLayout(timeoutMs);
  early = null;
  return answer;
}
