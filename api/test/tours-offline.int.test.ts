// GET /api/tours and GET /api/offline on the seeded report graph, through app.inject.
import { existsSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Tour } from "@pg/seed/tour-schema";
import { ErrorBody, TourList } from "../src/contract";
import { REPO_ROOT } from "../src/neo4j/cypher-files";
import { body, testApp } from "./support";

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => {
  await app.close();
});

const get = (url: string) => app.inject({ method: "GET", url });

describe("GET /api/tours", () => {
  it("lists the default tour and serves it whole", async () => {
    const list = body(TourList, await get("/api/tours"));
    expect(list.tours).toContainEqual(expect.objectContaining({ id: "has-it-been-worth-it", steps: 10 }));
    const tour = body(Tour, await get("/api/tours/has-it-been-worth-it"));
    expect(tour.title).toBe("Has it been worth it?");
    expect(tour.steps[0]?.quote?.section).toBe("3.1");
  });

  it("answers 404 in the error shape for an unknown tour", async () => {
    const response = await get("/api/tours/no-such-tour");
    expect(response.statusCode).toBe(404);
    expect(ErrorBody.parse(response.json()).error.message).toContain("no-such-tour");
  });
});

const viewer = path.join(REPO_ROOT, "web", "dist-offline", "offline.html");

describe.skipIf(!existsSync(viewer))("GET /api/offline", () => {
  it("is one HTML attachment carrying the graph, every node's details and the tours", async () => {
    const response = await get("/api/offline");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
    expect(response.headers["content-disposition"]).toMatch(/^attachment; filename=".+\.html"$/);
    const match =
      /<script type="application\/octet-stream" data-encoding="gzip\+base64" id="pg-offline-data">([^<]*)<\/script>/.exec(
        response.body,
      );
    expect(match).not.toBeNull();
    const data = JSON.parse(gunzipSync(Buffer.from(match![1]!, "base64")).toString("utf8")) as {
      graph: { nodes: { id: string; type: string }[] };
      nodes: Record<string, unknown>;
      tours: unknown[];
    };
    const actors = data.graph.nodes.filter((n) => n.type !== "Section");
    expect(actors.length).toBeGreaterThan(100);
    expect(Object.keys(data.nodes).length).toBe(actors.length);
    expect(data.tours.map((t) => Tour.parse(t).id)).toContain("has-it-been-worth-it");
    expect(response.body).not.toMatch(/<script[^>]+src=/);
  });
});
