// Metrics of a big graph come from a worker thread: the same answer as computed inline, while the
// calling thread's event loop keeps turning (the API answers /api/health meanwhile).
import { describe, expect, it } from "vitest";
import { node, rel } from "../src/contract/graph-builders";
import type { Graph } from "../src/contract/graph";
import { computeMetrics, type ComputedMetrics } from "../src/graph/compute-metrics";
import { runInThread } from "../src/threads/run-in-thread";

/** A ring of 1500 nodes with a chord every 7: connected, with brokers, more than the inline limit. */
function ring(size: number): Graph {
  const ids = Array.from({ length: size }, (_, i) => `n${i}`);
  const relationships = ids.flatMap((id, i) => [
    rel(id, "CONNECTED_TO", ids[(i + 1) % size] ?? id),
    ...(i % 7 === 0 ? [rel(id, "CONNECTED_TO", ids[(i + size / 2) % size] ?? id)] : []),
  ]);
  return { nodes: ids.map((id) => node(id)), relationships };
}

describe("metrics in a worker thread", () => {
  it("gives the inline answer while this thread's event loop keeps turning", async () => {
    const graph = ring(1500);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const threaded = await runInThread<ComputedMetrics>(
      new URL("../src/graph/metrics-thread.ts", import.meta.url),
      graph,
      "computing the network metrics",
      120_000,
    );
    clearInterval(timer);
    expect(threaded).toEqual(computeMetrics(graph));
    expect(threaded.exact).toBe(true);
    expect(ticks).toBeGreaterThan(0);
  });

  it("names what failed when the thread throws", async () => {
    await expect(
      runInThread(new URL("../src/graph/metrics-thread.ts", import.meta.url), null, "computing the metrics", 60_000),
    ).rejects.toThrow(/computing the metrics failed/);
  });
});
