// Neo4j stopped and started again under the running API: 503 in the error shape within 2 s,
// /api/health says degraded, and the API recovers by itself. Runs against a second embedded
// Neo4j of its own, so the shared one stays up for the other test files.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "@pg/seed/load";
import { ErrorBody, GraphResponse, Health } from "../src/contract";
import { body, driverFor, testApp, type Connection } from "./support";

interface EmbeddedNeo4j {
  uri: string;
  username: string;
  password: string;
  stop(): Promise<void>;
}
type StartEmbeddedNeo4j = (options: { port?: number; dataDir: string; password: string }) => Promise<EmbeddedNeo4j>;

// Imported by URL: scripts/ is its own TypeScript project, which api/ does not reference.
const embeddedModule = new URL("../../scripts/neo4j-embedded.ts", import.meta.url).href;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function timed<T>(action: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await action();
  return [result, performance.now() - started];
}

let start: StartEmbeddedNeo4j;
let server: EmbeddedNeo4j | undefined;
let app: FastifyInstance;
let dataDir: string;
let port: number;
const password = randomBytes(18).toString("base64url");

beforeAll(async () => {
  ({ startEmbeddedNeo4j: start } = (await import(embeddedModule)) as { startEmbeddedNeo4j: StartEmbeddedNeo4j });
  dataDir = await mkdtemp(path.join(tmpdir(), "pg-api-outage-"));
  port = await freePort();
  server = await start({ port, dataDir, password });
  const conn: Connection = { uri: `neo4j://127.0.0.1:${port}`, username: "neo4j", password, database: "neo4j" };
  const driver = driverFor(conn);
  try {
    await loadDataset(driver, { replace: true });
  } finally {
    await driver.close();
  }
  app = await testApp({}, conn);
}, 240_000);

afterAll(async () => {
  await app?.close();
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}, 120_000);

describe("Neo4j stopped and restarted under the running API", () => {
  it("answers 503 within 2 s, says degraded, and recovers with no restart", async () => {
    expect(body(Health, await app.inject({ url: "/api/health" })).status).toBe("ok");
    const before = body(GraphResponse, await app.inject({ url: "/api/graph" }));
    expect(before.nodes.length).toBeGreaterThan(100);

    await server?.stop();
    server = undefined;

    const requests = [
      { url: "/api/graph" },
      { url: "/api/nodes/gran" },
      { url: "/api/search?q=Lugazi" },
      { url: "/api/paths?from=gran&to=lugazi" },
      { url: "/api/schema" },
      { method: "POST" as const, url: "/api/cypher", payload: { query: "MATCH (n) RETURN count(n)" } },
    ];
    for (const request of requests) {
      const [response, ms] = await timed(() => app.inject(request));
      expect(response.statusCode, `${request.url}: ${response.body}`).toBe(503);
      expect(body(ErrorBody, response).error).toMatchObject({ code: "neo4j_unavailable" });
      expect(response.body).not.toMatch(/ECONNREFUSED|at .*\.(js|ts):\d+/);
      expect(ms, request.url).toBeLessThan(2000);
    }
    const [health, healthMs] = await timed(() => app.inject({ url: "/api/health" }));
    expect(body(Health, health)).toMatchObject({ status: "degraded", neo4j: { reachable: false } });
    expect(healthMs).toBeLessThan(2000);

    server = await start({ port, dataDir, password });
    const restarted = performance.now();
    let status = "degraded";
    while (status !== "ok" && performance.now() - restarted < 30_000) {
      status = body(Health, await app.inject({ url: "/api/health" })).status;
      if (status !== "ok") await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe("ok");
    const after = await app.inject({ url: "/api/graph" });
    expect(after.statusCode).toBe(200);
    expect(body(GraphResponse, after).nodes).toHaveLength(before.nodes.length);
    expect(performance.now() - restarted).toBeLessThan(5000);
  }, 180_000);
});
