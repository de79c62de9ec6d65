/// <reference lib="dom" />
/**
 * What a baseline page draws, and how every bench page reports to the driver: frame timestamps from
 * the renderer's own "a frame was drawn" event, the moment the data arrived, and long tasks.
 */
export interface BenchGraph {
  nodes: { id: string; label: string; x: number; y: number }[];
  edges: { id: string; source: string; target: string }[];
}

export interface BenchProbe {
  frames: number[];
  dataAt: number | null;
  longTasks: { start: number; duration: number }[];
  error: string | null;
}

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}

export function probe(): BenchProbe {
  const p: BenchProbe = (window.__bench ??= { frames: [], dataAt: null, longTasks: [], error: null });
  return p;
}

export async function fetchGraph(): Promise<BenchGraph> {
  const response = await fetch(`graph.json${location.search}`);
  const graph = (await response.json()) as BenchGraph;
  probe().dataAt = performance.now();
  return graph;
}
