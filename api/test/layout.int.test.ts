// /api/layout: the network's force layout, computed once per dataset version in a worker thread,
// one position per node of /api/graph, the same on every request.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { GraphResponse } from "../src/contract";
import { LayoutResponse } from "../src/contract/layout";
import { body, testApp } from "./support";

let app: FastifyInstance;

beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => {
  await app.close();
});

it("places every node of the graph, once per version", async () => {
  const graph = body(GraphResponse, await app.inject({ url: "/api/graph" }));
  const first = body(LayoutResponse, await app.inject({ url: "/api/layout" }));
  expect(first.version).toBe(graph.version);
  expect(new Set(first.positions.map(([id]) => id))).toEqual(new Set(graph.nodes.map((n) => n.id)));
  expect(first.positions.every(([, x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
  // Spread out, not piled up: no two nodes on the same spot.
  expect(new Set(first.positions.map(([, x, y]) => `${Math.round(x)},${Math.round(y)}`)).size).toBe(
    first.positions.length,
  );
  const again = body(LayoutResponse, await app.inject({ url: "/api/layout" }));
  expect(again).toEqual(first);
}, 60_000);
