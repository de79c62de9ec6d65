// What surrounds the routes: caches that follow a reseed, the built web app at / with the SPA
// fallback, and logs with request ids and no secrets.
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app";
import { loadConfig } from "../src/config";
import { GraphResponse, MetricsResult } from "../src/contract";
import { GraphStore } from "../src/graph/graph-store";
import { body, connection, driverFor, envFor, reseed, testApp } from "./support";

const conn = connection();
let driver: Driver;
beforeAll(() => {
  driver = driverFor(conn);
});
afterAll(async () => {
  await driver.close();
});

describe("caches keyed on the dataset version", () => {
  it("drops the ETag and recomputes metrics after a reseed", async () => {
    const app = await testApp();
    try {
      const first = await app.inject({ url: "/api/graph" });
      const etag = String(first.headers.etag);
      const version = body(GraphResponse, first).version;
      expect((await app.inject({ url: "/api/graph", headers: { "if-none-match": etag } })).statusCode).toBe(304);

      await reseed(driver, conn);

      const stale = await app.inject({ url: "/api/graph", headers: { "if-none-match": etag } });
      expect(stale.statusCode).toBe(200);
      expect(stale.headers.etag).not.toBe(etag);
      expect(body(GraphResponse, stale).version).not.toBe(version);
      const metrics = body(MetricsResult, await app.inject({ url: "/api/metrics?limit=1" }));
      expect(metrics.version).toBe(body(GraphResponse, stale).version);
      expect(metrics.nodes[0]?.id).toBe("gran");
    } finally {
      await app.close();
    }
  });
});

describe("the dataset version from a transaction's bookmark", () => {
  it("holds while nothing is written and moves with a reseed, so node details follow it", async () => {
    const app = await testApp();
    try {
      // The routes' store lives inside the /api plugin; one of its own over the same database behaves alike.
      const store = new GraphStore(app.db);
      const read = () => app.db.readManyWithBookmark([["nodes-exist", { ids: ["gran"] }]]);
      const before = (await read()).bookmark;
      expect(before).toBeTruthy();
      expect((await read()).bookmark).toBe(before);
      const version = await store.versionAt(before);
      expect(version).toBe(await store.version());

      await reseed(driver, conn);

      const after = (await read()).bookmark;
      expect(after).not.toBe(before);
      const next = await store.versionAt(after);
      expect(next).not.toBe(version);
      expect(next).toBe(await store.version());
      const details = await app.inject({ url: "/api/nodes/gran" });
      expect(details.statusCode).toBe(200);
      expect(JSON.parse(details.body)).toMatchObject({ node: { id: "gran", metrics: { degree: expect.any(Number) } } });
    } finally {
      await app.close();
    }
  });
});

describe("the built web app at /", () => {
  let dist: string;
  beforeAll(async () => {
    dist = await mkdtemp(path.join(tmpdir(), "pg-web-dist-"));
    await mkdir(path.join(dist, "assets"));
    await writeFile(
      path.join(dist, "index.html"),
      '<!doctype html><script type="module" src="/assets/app-1234.js"></script>',
    );
    await writeFile(path.join(dist, "assets", "app-1234.js"), "console.log('app');");
  });
  afterAll(async () => {
    await rm(dist, { recursive: true, force: true });
  });

  it("serves index.html, hashed assets for a year, and index.html for client-side routes", async () => {
    const app = await testApp({ WEB_DIST: dist });
    try {
      const index = await app.inject({ url: "/" });
      expect(index.statusCode).toBe(200);
      expect(index.headers["content-type"]).toContain("text/html");
      expect(index.headers["content-security-policy"]).toContain("default-src 'self'");
      const asset = await app.inject({ url: "/assets/app-1234.js" });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers["cache-control"]).toContain("immutable");
      const deep = await app.inject({ url: "/explore/gran?panel=details" });
      expect(deep.statusCode).toBe(200);
      expect(deep.body).toContain("app-1234.js");
      expect(deep.headers["cache-control"]).toBe("no-cache");
      const api = await app.inject({ url: "/api/not-a-route" });
      expect(api.statusCode).toBe(404);
      expect(JSON.parse(api.body)).toMatchObject({ error: { code: "not_found" } });
      const post = await app.inject({ method: "POST", url: "/somewhere" });
      expect(post.statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });
});

describe("logs", () => {
  it("carry request ids and never the password or an authorization header", async () => {
    const lines: string[] = [];
    const stream = new PassThrough();
    stream.on("data", (chunk: Buffer) => lines.push(...chunk.toString("utf8").split("\n").filter(Boolean)));
    const app = await buildApp(loadConfig(envFor(conn, { LOG_LEVEL: "info" })), { logStream: stream });
    try {
      await app.inject({
        url: "/api/health",
        headers: { authorization: "Bearer top-secret-token", "x-request-id": "req-42" },
      });
      await app.inject({ url: "/api/nodes/atlantis" });
      await app.inject({ method: "POST", url: "/api/cypher", payload: { query: "RETURN 1 +" } });
    } finally {
      await app.close();
    }
    const text = lines.join("\n");
    expect(lines.length).toBeGreaterThan(0);
    const entries = lines.map((line) => JSON.parse(line) as { reqId?: string });
    expect(entries.some((entry) => entry.reqId === "req-42")).toBe(true);
    expect(text).not.toContain(conn.password);
    expect(text).not.toContain("top-secret-token");
  });
});
