// /api/export: GraphML that a GraphML parser reads back to the same graph, CSV tables, and a
// Cypher script that recreates the exact graph (same fingerprint) in an emptied database.
import type { FastifyInstance } from "fastify";
import { XMLParser } from "fast-xml-parser";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Graph } from "../src/contract";
import { scriptStatements } from "../src/export/cypher-script";
import { body, connection, driverFor, fingerprint, reseed, testApp } from "./support";

const conn = connection();
let app: FastifyInstance;
let driver: Driver;
let full: Graph;

beforeAll(async () => {
  driver = driverFor(conn);
  app = await testApp();
  full = body(Graph, await app.inject({ url: "/api/export?format=json" }));
});
afterAll(async () => {
  await app.close();
  await driver.close();
});

/** RFC 4180: quoted fields may hold commas, quotes and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

describe("GET /api/export", () => {
  it("exports the whole graph as JSON, evidence included", () => {
    expect(full.nodes.some((n) => n.type === "Section")).toBe(true);
    expect(full.relationships.some((r) => r.type === "MENTIONED_IN")).toBe(true);
  });

  it("writes GraphML that parses back to the same nodes, edges and properties", async () => {
    const response = await app.inject({ url: "/api/export?format=graphml" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("application/graphml+xml");
    expect(response.headers["content-disposition"]).toContain("partnership-graph.graphml");

    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "",
      parseTagValue: false,
      isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ["key", "node", "edge", "data"].includes(name),
    });
    type Data = { key: string; "#text"?: string };
    type Element = { id: string; source?: string; target?: string; data: Data[] };
    const doc = parser.parse(response.body) as {
      graphml: { key: { id: string; for: string; "attr.name": string }[]; graph: { node: Element[]; edge: Element[] } };
    };
    const keys = new Map(doc.graphml.key.map((k) => [k.id, k]));
    const value = (element: Element, name: string) =>
      element.data.find((d) => keys.get(d.key)?.["attr.name"] === name)?.["#text"];
    const { node: nodes, edge: edges } = doc.graphml.graph;

    expect(nodes).toHaveLength(full.nodes.length);
    expect(edges).toHaveLength(full.relationships.length);
    for (const element of [...nodes, ...edges]) for (const data of element.data) expect(keys.has(data.key)).toBe(true);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    for (const node of full.nodes) {
      const element = byId.get(node.id);
      expect(element, node.id).toBeDefined();
      if (!element) continue;
      expect(value(element, "name")).toBe(node.name);
      expect(value(element, "type")).toBe(node.type);
    }
    const edgeKeys = new Set(
      edges.map((e) => `${e.source}|${value(e, "label")}|${e.target}|${value(e, "quote") ?? ""}`),
    );
    for (const rel of full.relationships)
      expect(edgeKeys.has(`${rel.from}|${rel.type}|${rel.to}|${rel.quote ?? ""}`)).toBe(true);
  });

  it("writes CSV tables of nodes and of relationships", async () => {
    const nodes = parseCsv((await app.inject({ url: "/api/export?format=csv&part=nodes" })).body);
    expect(nodes[0]?.slice(0, 3)).toEqual(["id", "type", "labels"]);
    expect(nodes).toHaveLength(full.nodes.length + 1);
    const nameColumn = nodes[0]?.indexOf("name") ?? -1;
    const gran = nodes.find((row) => row[0] === "gran");
    expect(gran?.[nameColumn]).toBe("Gran municipality");

    const response = await app.inject({ url: "/api/export?format=csv&part=relationships" });
    expect(response.headers["content-type"]).toContain("text/csv");
    const rels = parseCsv(response.body);
    expect(rels[0]?.slice(0, 4)).toEqual(["key", "type", "from", "to"]);
    expect(rels).toHaveLength(full.relationships.length + 1);
  });

  it("writes a Cypher script that recreates the same graph in an emptied database", async () => {
    const before = await fingerprint(driver, conn);
    const script = (await app.inject({ url: "/api/export?format=cypher" })).body;
    const statements = scriptStatements(script);
    expect(statements.length).toBe(1 + full.nodes.length + full.relationships.length);

    const session = driver.session({ database: conn.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.run("MATCH (n) DETACH DELETE n");
      expect((await fingerprint(driver, conn)).nodes).toBe(0);
      // One transaction for the data, so the load takes seconds, not minutes.
      const [constraint, ...data] = statements;
      if (constraint) await session.run(constraint);
      await session.executeWrite(async (tx) => {
        for (const statement of data) await tx.run(statement);
      });
      const after = await fingerprint(driver, conn);
      expect(after).toEqual(before);
    } finally {
      await session.close();
      await reseed(driver, conn);
    }
    expect(await fingerprint(driver, conn)).toEqual(before);
  });
});
