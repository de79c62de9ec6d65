// 200 concurrent clients for 30 s over the routes people use: no errors, and memory that levels off.
import autocannon from "autocannon";
import { afterAll, beforeAll, expect, it } from "vitest";
import { sharedNeo4j, startApi, type ApiHandle } from "./support";

const CLIENTS = 200;
const SECONDS = Number(process.env.RELIABILITY_LOAD_SECONDS ?? 30);

let api: ApiHandle;
beforeAll(async () => {
  // The console's per-client rate limit would turn this load (one client address) into 429s by design.
  api = await startApi(sharedNeo4j(), { CYPHER_RATE_LIMIT_PER_MINUTE: "100000" });
});
afterAll(async () => {
  await api?.stop();
});

const requests = [
  { method: "GET" as const, path: "/api/graph" },
  { method: "GET" as const, path: "/api/nodes/gran" },
  { method: "GET" as const, path: "/api/search?q=Lugazi" },
  { method: "GET" as const, path: "/api/paths?from=gran-elementary-school-1&to=lugazi" },
  { method: "GET" as const, path: "/api/schema" },
  { method: "GET" as const, path: "/api/nodes/mukono/neighbourhood?depth=2" },
  {
    method: "POST" as const,
    path: "/api/cypher",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "MATCH (n:Organisation) RETURN n.name AS name LIMIT 20" }),
  },
  { method: "GET" as const, path: "/api/health" },
];

function run(seconds: number) {
  return autocannon({ url: api.url, connections: CLIENTS, duration: seconds, timeout: 20, requests });
}

it(`serves ${CLIENTS} concurrent clients for ${SECONDS} s over mixed routes with no errors and steady memory`, async () => {
  // Warm-up: JIT, query plans, the graph snapshot and the heap's first growth are not a leak.
  await run(10);
  const rssBefore = await api.rssKb();
  const result = await run(SECONDS);
  const rssAfter = await api.rssKb();
  const growth = (rssAfter - rssBefore) / rssBefore;
  console.log(
    `load: ${result.requests.total} requests, ${result.requests.average} req/s, p50 ${result.latency.p50} ms, ` +
      `p99 ${result.latency.p99} ms, errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, ` +
      `RSS ${Math.round(rssBefore / 1024)} → ${Math.round(rssAfter / 1024)} MB (${(growth * 100).toFixed(1)}%), ` +
      `statuses ${JSON.stringify(result.statusCodeStats)}`,
  );
  expect(result.requests.total).toBeGreaterThan(CLIENTS);
  expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({
    errors: 0,
    timeouts: 0,
    non2xx: 0,
  });
  expect(growth).toBeLessThan(0.1);
  expect(api.child.exitCode).toBeNull();
}, 120_000);
