/**
 * API routes under load (autocannon) beside the same Cypher run straight through neo4j-driver with the
 * same concurrency: overhead_ratio = API p50 / driver p50, both measured in the same run.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import autocannon from "autocannon";
import neo4j, { type Driver } from "neo4j-driver";
import { luceneQuery } from "../api/src/search/lucene";
import { percentile } from "./lib/stats";
import { REPO_ROOT } from "./lib/stack";

export interface LoadFigures {
  p50_ms: number;
  p99_ms: number;
  rps: number;
  errors: number;
}

export interface RouteCase {
  route: string;
  method: "GET" | "POST";
  path: string;
  body?: unknown;
  /** The Cypher the route runs, in the order it runs it, in one read transaction. */
  raw: { query: string; params: Record<string, unknown> }[];
}

const cypher = (name: string) => readFileSync(join(REPO_ROOT, "cypher", "queries", `${name}.cypher`), "utf8");
const int = (n: number) => neo4j.int(n);

export const CONSOLE_QUERY =
  "MATCH (o:Organisation)-[r]->(m:Entity) WHERE NOT m:Section RETURN o.name AS organisation, type(r) AS relationship, m.name AS other LIMIT 50";

export function routeCases(ids: { node: string; from: string; to: string; search: string }): RouteCase[] {
  return [
    {
      route: "/api/graph",
      method: "GET",
      path: "/api/graph",
      raw: [
        { query: cypher("graph-nodes"), params: { evidence: false } },
        { query: cypher("graph-relationships"), params: { evidence: false } },
      ],
    },
    {
      route: "/api/nodes/{id}",
      method: "GET",
      path: `/api/nodes/${ids.node}`,
      raw: [
        { query: cypher("node-details"), params: { id: ids.node } },
        { query: cypher("node-neighbours"), params: { id: ids.node, limit: int(500) } },
      ],
    },
    {
      route: "/api/search",
      method: "GET",
      path: `/api/search?q=${encodeURIComponent(ids.search)}`,
      raw: [
        {
          query: cypher("search-nodes"),
          // What the route asks for its default limit of 20: three times as many, to rerank.
          params: { lucene: luceneQuery(ids.search), types: null, limit: int(60), fetch: int(60) },
        },
      ],
    },
    {
      route: "/api/paths",
      method: "GET",
      path: `/api/paths?from=${ids.from}&to=${ids.to}`,
      raw: [
        {
          query: cypher("shortest-paths"),
          params: { from: ids.from, to: ids.to, maxLength: int(6), types: null, relTypes: null, limit: int(11) },
        },
      ],
    },
    {
      route: "/api/cypher",
      method: "POST",
      path: "/api/cypher",
      body: { query: CONSOLE_QUERY },
      raw: [{ query: CONSOLE_QUERY, params: {} }],
    },
  ];
}

export async function loadApi(
  baseUrl: string,
  c: RouteCase,
  connections: number,
  seconds: number,
): Promise<LoadFigures> {
  const result = await autocannon({
    url: `${baseUrl}${c.path}`,
    method: c.method,
    connections,
    duration: seconds,
    ...(c.body ? { body: JSON.stringify(c.body), headers: { "content-type": "application/json" } } : {}),
  });
  // No answer at all within the run (a very slow route on a busy machine) is no latency, not 0 ms.
  const answered = result.requests.total > 0;
  return {
    p50_ms: answered ? result.latency.p50 : Number.NaN,
    p99_ms: answered ? result.latency.p99 : Number.NaN,
    rps: result.requests.average,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** The same concurrency as autocannon's connections: that many loops, each one query after another. */
export async function loadRaw(
  driver: Driver,
  c: RouteCase,
  connections: number,
  seconds: number,
): Promise<LoadFigures> {
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        const session = driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.READ });
        try {
          await session.executeRead(async (tx) => {
            for (const q of c.raw) await tx.run(q.query, q.params);
          });
          // Like autocannon, count only what finished inside the run (after a warm start of one at least).
          if (performance.now() <= until || latencies.length === 0) latencies.push(performance.now() - t);
        } catch {
          errors++;
        } finally {
          await session.close();
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    p50_ms: percentile(latencies, 50),
    p99_ms: percentile(latencies, 99),
    rps: latencies.length / elapsed,
    errors,
  };
}
