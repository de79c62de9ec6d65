// The network's force layout for graphs too big for fcose: ForceAtlas2 from a seeded start, in a worker
// thread. The same picture every time, spread to the explorer's scale, neighbours near each other.
import { describe, expect, it } from "vitest";
import { node, rel } from "../src/contract/graph-builders";
import type { Graph } from "../src/contract/graph";
import { FCOSE_MAX_NODES } from "../src/contract/layout";
import { computeForceLayout } from "../src/layout/force-layout";
import { FORCE_ATLAS2, runForceAtlas2, serverLayoutInput } from "../src/layout/run-forceatlas2";
import { spreadTo } from "../src/layout/spread";
import type { PositionRow } from "../src/layout/run-fcose";

const metrics = (community: number) => ({ degree: 2, betweenness: 0, closeness: 0, pagerank: 0, community });

/** `groups` clusters of `size` nodes: a ring inside each cluster, one tie from each cluster to the next. */
function clusters(groups: number, size: number): Graph {
  const id = (g: number, i: number) => `c${g}-${i}`;
  const nodes = Array.from({ length: groups * size }, (_, k) => ({
    ...node(id(Math.floor(k / size), k % size)),
    metrics: metrics(Math.floor(k / size)),
  }));
  const relationships = Array.from({ length: groups }, (_, g) => [
    ...Array.from({ length: size }, (_, i) => rel(id(g, i), "CONNECTED_TO", id(g, (i + 1) % size))),
    ...Array.from({ length: size / 4 }, (_, i) => rel(id(g, i), "CONNECTED_TO", id(g, (i * 7 + 3) % size))),
    rel(id(g, 0), "CONNECTED_TO", id((g + 1) % groups, 0)),
  ]).flat();
  return { nodes, relationships };
}

const distance = (a: PositionRow | undefined, b: PositionRow | undefined) =>
  a && b ? Math.hypot(a[1] - b[1], a[2] - b[2]) : NaN;

describe("ForceAtlas2 for big graphs", () => {
  it("takes over from fcose past FCOSE_MAX_NODES, with each node's community", () => {
    expect(serverLayoutInput(clusters(10, 40)).options["name"]).toBe("fcose");
    const big = serverLayoutInput(clusters(1, FCOSE_MAX_NODES + 4));
    expect(big.options).toEqual(FORCE_ATLAS2);
    expect(big.communities).toHaveLength(FCOSE_MAX_NODES + 4);
  });

  it("gives the same picture every time, spread out, clusters together", () => {
    const graph = clusters(12, 40);
    const input = { ...serverLayoutInput(graph), communities: graph.nodes.map((n) => n.metrics?.community ?? 0) };
    const rows = runForceAtlas2(input);
    expect(runForceAtlas2(input)).toEqual(rows);
    expect(rows.map(([id]) => id)).toEqual(graph.nodes.map((n) => n.id));
    expect(rows.every(([, x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
    expect(new Set(rows.map(([, x, y]) => `${Math.round(x)},${Math.round(y)}`)).size).toBe(rows.length);
    const at = new Map(rows.map((r) => [r[0], r]));
    const within = graph.relationships.filter((r) => r.from.split("-")[0] === r.to.split("-")[0]);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const tie = mean(within.map((r) => distance(at.get(r.from), at.get(r.to))));
    const anyPair = mean(rows.slice(0, 200).map((r, i) => distance(r, rows[(i * 97 + 41) % rows.length])));
    expect(tie).toBeLessThan(anyPair / 3);
  });

  it("scales the picture to about `spacing` units of room per node, centred", () => {
    const rows = spreadTo(
      [
        ["a", 0, 0],
        ["b", 10, 0],
        ["c", 0, 5],
        ["d", 10, 5],
      ],
      50,
    );
    // sqrt(4) × 50 = 100 units across the wider side, around (0, 0).
    expect(rows).toEqual([
      ["a", -50, -25],
      ["b", 50, -25],
      ["c", -50, 25],
      ["d", 50, 25],
    ]);
  });

  it("runs in a worker thread, the calling thread's event loop turning meanwhile", async () => {
    const graph = clusters(61, 100);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const { rows, ms } = await computeForceLayout(graph);
    clearInterval(timer);
    expect(rows).toHaveLength(graph.nodes.length);
    expect(ms).toBeGreaterThan(0);
    expect(ticks).toBeGreaterThan(10);
  }, 120_000);
});
