// Each route's answers on the seeded report graph, through app.inject against the real Neo4j.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ExampleQueries,
  FlowsResult,
  GraphResponse,
  GraphSchema,
  Graph,
  Health,
  MetricsResult,
  NodeDetails,
  PathsResult,
  SearchResult,
} from "../src/contract";
import { body, testApp } from "./support";

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => {
  await app.close();
});

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: "GET", url, headers });

describe("GET /api/health", () => {
  it("says ok with the Neo4j version and edition", async () => {
    const health = body(Health, await get("/api/health"));
    expect(health.status).toBe("ok");
    expect(health.neo4j).toMatchObject({ reachable: true, edition: "community" });
    expect(health.neo4j.version).toMatch(/^5\.26/);
  });
});

describe("GET /api/schema", () => {
  it("counts labels and relationship types and lists property keys", async () => {
    const schema = body(GraphSchema, await get("/api/schema"));
    const organisations = schema.labels.find((l) => l.label === "Organisation");
    expect(organisations?.count).toBeGreaterThan(10);
    expect(organisations?.meaning).toContain("municipalities");
    expect(schema.relationshipTypes.find((t) => t.type === "KNOWLEDGE_FLOW")?.count).toBeGreaterThan(20);
    expect(schema.propertyKeys).toEqual(expect.arrayContaining(["id", "name", "summary", "quote", "status"]));
  });
});

describe("GET /api/graph", () => {
  it("returns the network without evidence, every node with metrics", async () => {
    const graph = body(GraphResponse, await get("/api/graph"));
    expect(graph.nodes.length).toBeGreaterThan(200);
    expect(graph.nodes.some((n) => n.type === "Section")).toBe(false);
    expect(graph.relationships.some((r) => r.type === "MENTIONED_IN")).toBe(false);
    expect(graph.nodes.every((n) => n.metrics !== undefined)).toBe(true);
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(graph.relationships.every((r) => ids.has(r.from) && ids.has(r.to))).toBe(true);
    const gran = graph.nodes.find((n) => n.id === "gran");
    expect(gran).toMatchObject({ type: "Organisation", properties: { country: "Norway", category: "municipality" } });
    expect(gran?.properties).not.toHaveProperty("quotes");
  });

  it("narrows to node types and a year range", async () => {
    const graph = body(GraphResponse, await get("/api/graph?types=Event,Initiative&from=2008&to=2008"));
    expect(graph.nodes.length).toBeGreaterThan(0);
    expect(graph.nodes.every((n) => n.type === "Event" || n.type === "Initiative")).toBe(true);
    expect(graph.nodes.map((n) => n.id)).toContain("school-exhibition-2008");
    for (const node of graph.nodes) {
      const year = node.properties["year"];
      if (typeof year === "number") expect(year).toBe(2008);
    }
  });

  it("answers 304 to If-None-Match with its ETag, and a different ETag for a different filter", async () => {
    const first = await get("/api/graph");
    const etag = first.headers.etag;
    expect(etag).toBeTruthy();
    expect(first.headers["cache-control"]).toBe("no-cache");
    const again = await get("/api/graph", { "if-none-match": String(etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    const filtered = await get("/api/graph?types=Person");
    expect(filtered.headers.etag).not.toBe(etag);
  });
});

describe("GET /api/nodes/{id}", () => {
  it("gives properties, labels, evidence with section titles and neighbours grouped by type", async () => {
    const details = body(NodeDetails, await get("/api/nodes/gran"));
    expect(details.node).toMatchObject({ id: "gran", type: "Organisation", name: "Gran municipality" });
    expect(details.labels).toEqual(expect.arrayContaining(["Entity", "Organisation"]));
    expect(details.evidence.length).toBeGreaterThan(0);
    expect(details.evidence[0]).toMatchObject({ section: expect.any(String), title: expect.any(String) });
    const flows = details.neighbours.find((g) => g.type === "KNOWLEDGE_FLOW");
    expect(flows?.neighbours.some((n) => n.direction === "in" && n.node.id === "gran-project-coordinator")).toBe(true);
    expect(flows?.neighbours.every((n) => n.relationship.quote)).toBe(true);
    expect(details.neighbours.some((g) => g.type === "MENTIONED_IN")).toBe(false);
  });

  it("answers 404 in the error shape for an unknown id", async () => {
    const response = await get("/api/nodes/no-such-node");
    expect(response.statusCode).toBe(404);
    expect(JSON.parse(response.body)).toEqual({
      error: { code: "not_found", message: expect.stringContaining("no-such-node"), details: { id: "no-such-node" } },
    });
  });

  it("expands a neighbourhood to the requested depth", async () => {
    const one = body(Graph, await get("/api/nodes/lugazi/neighbourhood"));
    const two = body(Graph, await get("/api/nodes/lugazi/neighbourhood?depth=2"));
    expect(one.nodes.map((n) => n.id)).toContain("lugazi");
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    const people = body(Graph, await get("/api/nodes/lugazi/neighbourhood?depth=2&types=Person"));
    expect(people.nodes.filter((n) => n.id !== "lugazi").every((n) => n.type === "Person")).toBe(true);
  });
});

describe("GET /api/search", () => {
  it("is typo-tolerant: Mukkono finds Mukono", async () => {
    const result = body(SearchResult, await get("/api/search?q=Mukkono"));
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.some((h) => h.id === "mukono")).toBe(true);
  });

  it("is prefix-friendly and says which field matched, with a snippet", async () => {
    const result = body(SearchResult, await get("/api/search?q=Luga&limit=5"));
    const lugazi = result.hits.find((h) => h.id === "lugazi");
    expect(lugazi).toMatchObject({ field: "name", snippet: expect.stringContaining("Lugazi") });
  });

  it("finds nodes by the quotes that mention them", async () => {
    const result = body(SearchResult, await get(`/api/search?q=${encodeURIComponent("oldest in the programme")}`));
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.some((h) => h.field === "quote" || h.field === "summary")).toBe(true);
  });

  it("narrows to node types", async () => {
    const result = body(SearchResult, await get("/api/search?q=Gran&types=Person"));
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.every((h) => h.type === "Person")).toBe(true);
  });

  it.each(['"', "(((", "a:b OR c^2~", "*", "\\", "AND NOT OR", "Gran) OR (x", "[1 TO 2]", "/regex/"])(
    "cannot break the Lucene query with %j",
    async (q) => {
      const response = await get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(response.statusCode).toBe(200);
      body(SearchResult, response);
    },
  );
});

describe("GET /api/paths", () => {
  it("finds how a Gran school connects to Lugazi, as a sentence with each hop's quote", async () => {
    const result = body(PathsResult, await get("/api/paths?from=gran-elementary-school-1&to=lugazi"));
    expect(result.paths.length).toBeGreaterThan(0);
    const lengths = new Set(result.paths.map((p) => p.length));
    expect(lengths.size).toBe(1);
    for (const path of result.paths) {
      expect(path.nodes[0]?.id).toBe("gran-elementary-school-1");
      expect(path.nodes.at(-1)?.id).toBe("lugazi");
      expect(path.hops).toHaveLength(path.length);
      expect(path.hops.every((hop) => hop.relationship.quote && hop.relationship.section)).toBe(true);
      expect(path.sentence).toContain("Lugazi town council");
      expect(path.nodes.some((n) => n.type === "Section")).toBe(false);
    }
  });

  it("walks hops in order, flagging those that point backwards", async () => {
    const result = body(PathsResult, await get("/api/paths?from=gran-elementary-school-1&to=lugazi"));
    for (const path of result.paths) {
      path.hops.forEach((hop, i) => {
        expect(hop.from).toBe(path.nodes[i]?.id);
        expect(hop.to).toBe(path.nodes[i + 1]?.id);
        expect(hop.forward).toBe(hop.relationship.from === hop.from);
      });
    }
  });

  it("returns no path when maxLength is too short, and 404 for an unknown end", async () => {
    const none = body(PathsResult, await get("/api/paths?from=gran-elementary-school-1&to=lugazi&maxLength=1"));
    expect(none.paths).toEqual([]);
    const missing = await get("/api/paths?from=gran&to=atlantis");
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('to \\"atlantis\\"');
  });
});

describe("GET /api/flows", () => {
  it("shows the stalled hop from the individuals to the Gran organisation and what hindered it", async () => {
    const result = body(FlowsResult, await get("/api/flows?status=stalled"));
    const toGran = result.flows.find(
      (f) => f.relationship.from === "gran-project-coordinator" && f.relationship.to === "gran",
    );
    expect(toGran).toMatchObject({ status: "stalled", level: "organisation" });
    expect(toGran?.relationship.quote).toContain("It stays with the individuals");
    expect(toGran?.hinderedBy.map((w) => w.id)).toEqual(expect.arrayContaining(["wk-no-learning-culture"]));
    expect(result.flows.every((f) => f.status === "stalled")).toBe(true);
  });

  it("keeps what the report only says was meant to happen apart: Mukono 'shall transfer' to Lugazi", async () => {
    const result = body(FlowsResult, await get("/api/flows?status=intended"));
    expect(result.flows.every((f) => f.status === "intended")).toBe(true);
    const toLugazi = result.flows.find((f) => f.relationship.id === "mukono|KNOWLEDGE_FLOW|lugazi");
    expect(toLugazi?.relationship.quote).toContain("Mukono shall transfer");
    const fromMukono = body(FlowsResult, await get("/api/flows?from=mukono&direction=south_south"));
    expect(fromMukono.chains).toContainEqual(
      expect.objectContaining({ status: "intended", stopsAt: { node: "lugazi", reason: "intended" } }),
    );
  });

  it("traces chains from a node and says where each stops", async () => {
    const result = body(FlowsResult, await get("/api/flows?from=gran-project-coordinator"));
    expect(result.chains.length).toBeGreaterThan(0);
    expect(result.chains.every((c) => c.start === "gran-project-coordinator" && c.nodes[0] === c.start)).toBe(true);
    const stalled = result.chains.find((c) =>
      c.hops.some((h) => h.relationship.id === "gran-project-coordinator|KNOWLEDGE_FLOW|gran"),
    );
    expect(stalled).toMatchObject({ status: "stalled", stopsAt: { node: "gran", reason: "stalled" } });
    const ids = new Set(result.nodes.map((n) => n.id));
    expect(result.chains.flatMap((c) => c.nodes).every((id) => ids.has(id))).toBe(true);
  });

  it("filters by direction and topic", async () => {
    const south = body(FlowsResult, await get("/api/flows?direction=south_south"));
    expect(south.flows.length).toBeGreaterThan(0);
    expect(south.flows.every((f) => f.direction === "south_south")).toBe(true);
    const tax = body(FlowsResult, await get("/api/flows?topic=tax"));
    expect(tax.flows.every((f) => f.topic?.toLowerCase().includes("tax"))).toBe(true);
  });
});

describe("GET /api/metrics", () => {
  it("ranks the brokers by betweenness: Gran first, the partnership and KS near the top", async () => {
    const metrics = body(MetricsResult, await get("/api/metrics?limit=10"));
    expect(metrics.sortedBy).toBe("betweenness");
    expect(metrics.exact).toBe(true);
    expect(metrics.nodes[0]?.id).toBe("gran");
    expect(metrics.nodes.slice(0, 5).map((n) => n.id)).toEqual(expect.arrayContaining(["ks"]));
    const values = metrics.nodes.map((n) => n.metrics.betweenness);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(metrics.communities).toBeGreaterThan(1);
  });

  it("sorts by another metric and agrees with the metrics on /api/graph", async () => {
    const byRank = body(MetricsResult, await get("/api/metrics?sort=pagerank&types=Organisation&limit=3"));
    expect(byRank.nodes.every((n) => n.type === "Organisation")).toBe(true);
    const graph = body(GraphResponse, await get("/api/graph"));
    const top = byRank.nodes[0];
    expect(graph.nodes.find((n) => n.id === top?.id)?.metrics).toEqual(top?.metrics);
    expect(byRank.version).toBe(graph.version);
  });
});

describe("GET /api/queries", () => {
  it("lists the example questions with their Cypher, each runnable in the console", async () => {
    const { queries } = body(ExampleQueries, await get("/api/queries"));
    expect(queries.length).toBeGreaterThanOrEqual(12);
    for (const query of queries) {
      const response = await app.inject({ method: "POST", url: "/api/cypher", payload: { query: query.cypher } });
      expect(response.statusCode, `${query.id}: ${response.body}`).toBe(200);
    }
  });
});

describe("the API around the routes", () => {
  it("serves the OpenAPI document and the docs UI", async () => {
    const doc = JSON.parse((await get("/api/openapi.json")).body) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/graph",
        "/api/nodes/{id}",
        "/api/search",
        "/api/paths",
        "/api/cypher",
        "/api/export",
      ]),
    );
    const docs = await get("/api/docs/");
    expect(docs.statusCode).toBe(200);
    expect(docs.headers["content-type"]).toContain("text/html");
  });

  it("answers an unknown route with 404 in the error shape", async () => {
    const response = await get("/api/nothing-here");
    expect(response.statusCode).toBe(404);
    expect(JSON.parse(response.body)).toEqual({
      error: { code: "not_found", message: "No route GET /api/nothing-here" },
    });
  });

  it("sends security headers, a CSP and a request id, and no CORS header without an allow-list", async () => {
    const response = await get("/api/health", { origin: "https://elsewhere.example" });
    expect(response.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["x-request-id"]).toBeTruthy();
    expect(response.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("allows CORS only for the configured origins", async () => {
    const cors = await testApp({ CORS_ORIGINS: "https://ks.example" });
    try {
      const allowed = await cors.inject({ url: "/api/health", headers: { origin: "https://ks.example" } });
      expect(allowed.headers["access-control-allow-origin"]).toBe("https://ks.example");
      const other = await cors.inject({ url: "/api/health", headers: { origin: "https://evil.example" } });
      expect(other.headers["access-control-allow-origin"]).toBeUndefined();
    } finally {
      await cors.close();
    }
  });
});
