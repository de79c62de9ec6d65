// The Cypher console: answers, read-only by construction (a corpus of write and administration
// attempts, each refused and the graph unchanged), syntax errors with positions, server limits.
import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Fingerprint } from "@pg/seed/fingerprint";
import { CypherResult, ErrorBody } from "../src/contract";
import { body, connection, driverFor, fingerprint, testApp } from "./support";

const conn = connection();
let app: FastifyInstance;
let driver: Driver;
let before: Fingerprint;

beforeAll(async () => {
  driver = driverFor(conn);
  before = await fingerprint(driver, conn);
  app = await testApp();
});
afterAll(async () => {
  await app.close();
  await driver.close();
});

const run = (query: string, params?: Record<string, unknown>, on = app) =>
  on.inject({ method: "POST", url: "/api/cypher", payload: params ? { query, params } : { query } });

describe("POST /api/cypher answers reads", () => {
  it("returns columns, rows and the graph elements in them", async () => {
    const result = body(
      CypherResult,
      await run("MATCH p = (a:Organisation {id: 'gran'})-[r:PARTNER_IN]->(b) RETURN a.name AS name, p, r"),
    );
    expect(result.columns).toEqual(["name", "p", "r"]);
    expect(result.rows[0]?.[0]).toBe("Gran municipality");
    expect(result.rows[0]?.[1]).toMatchObject({ kind: "path", nodes: ["gran", expect.any(String)] });
    expect(result.rows[0]?.[2]).toMatchObject({ kind: "relationship", type: "PARTNER_IN", from: "gran" });
    expect(result.graph.nodes.map((n) => n.id)).toContain("gran");
    expect(result.graph.relationships[0]).toMatchObject({ type: "PARTNER_IN", from: "gran" });
    expect(result.summary).toMatchObject({ queryType: "r", rowCount: 1, rowLimit: 1000, timeoutMs: 5000 });
    expect(result.truncated).toBe(false);
  });

  it("fetches the ends of relationships returned alone, so the console can draw them", async () => {
    const result = body(CypherResult, await run("MATCH ()-[r:KNOWLEDGE_FLOW {status: 'stalled'}]->() RETURN r"));
    expect(result.rows.length).toBeGreaterThan(0);
    const ids = new Set(result.graph.nodes.map((n) => n.id));
    expect(result.graph.relationships.length).toBe(result.rows.length);
    expect(result.graph.relationships.every((r) => ids.has(r.from) && ids.has(r.to))).toBe(true);
  });

  it("takes parameters, with whole numbers as integers", async () => {
    const result = body(CypherResult, await run("UNWIND range(1, $n) AS x RETURN x + $add AS y", { n: 3, add: 10 }));
    expect(result.rows).toEqual([[11], [12], [13]]);
  });

  it.each([
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.relationshipTypes()",
    "CALL db.propertyKeys()",
    "CALL db.schema.visualization()",
    "CALL db.index.fulltext.queryNodes('entitySearch', 'Lugazi') YIELD node, score RETURN node.id, score LIMIT 3",
    "SHOW INDEXES",
    "CYPHER runtime=slotted MATCH (n:Lesson) RETURN n.number ORDER BY n.number",
  ])("allows the read %s", async (query) => {
    const response = await run(query);
    expect(response.statusCode, response.body).toBe(200);
  });
});

describe("POST /api/cypher is read-only by construction", () => {
  const attempts = [
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row",
    "WITH 1 AS x CALL { LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l } RETURN l",
    "CALL dbms.listConfig()",
    "CALL dbms.components()",
    "CALL dbms.security.listUsers()",
    "SHOW USERS",
    "SHOW CURRENT USER",
    "SHOW DATABASES",
    "SHOW SETTINGS",
    "SHOW TRANSACTIONS",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "CREATE USER eve SET PASSWORD 'password123'",
    "ALTER USER neo4j SET PASSWORD 'password123'",
    "CREATE DATABASE other",
    "STOP DATABASE neo4j",
    "USE system SHOW USERS",
    "USE system CALL dbms.security.listUsers()",
    "USE system MATCH (n) RETURN n",
    "CREATE (n:Hacked {id: 'hacked'}) RETURN n",
    "MERGE (n:Entity {id: 'gran'}) SET n.name = 'pwned' RETURN n",
    "MATCH (n:Entity {id: 'gran'}) SET n.name = 'pwned' RETURN n",
    "MATCH (n:Entity {id: 'gran'}) REMOVE n.summary RETURN n",
    "MATCH (n) DETACH DELETE n",
    "MATCH ()-[r]->() DELETE r",
    "FOREACH (x IN [1] | CREATE (:Hacked))",
    "CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1",
    "UNWIND [1] AS x CALL (x) { CREATE (:Hacked {x: x}) } IN TRANSACTIONS",
    "MATCH (n) RETURN n; MATCH (n) DETACH DELETE n",
    "RETURN 1; CREATE (:Hacked)",
    "CALL apoc.load.json('file:///etc/passwd')",
    "CALL apoc.cypher.runWrite('CREATE (:Hacked)', {})",
    "RETURN apoc.version()",
    "CALL db.createLabel('Hacked')",
    "CALL db.createProperty('hacked')",
    "CALL db.clearQueryCaches()",
    "CALL db.index.fulltext.drop('entitySearch')",
    "CREATE INDEX hacked FOR (n:Entity) ON (n.summary)",
    "DROP CONSTRAINT entity_id",
    "DROP INDEX entity_name",
    "EXPLAIN CREATE (:Hacked)",
    "PROFILE MATCH (n) DETACH DELETE n",
  ];

  it.each(attempts)("refuses %s with a 4xx that says why", async (query) => {
    const response = await run(query);
    expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
    expect(response.statusCode, response.body).toBeLessThan(500);
    const error = body(ErrorBody, response).error;
    expect(error.message.length).toBeGreaterThan(10);
  });

  it("says what it refused and why", async () => {
    const csv = body(ErrorBody, await run("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"));
    expect(csv.error).toMatchObject({ code: "query_refused", message: expect.stringContaining("LOAD CSV") });
    const config = body(ErrorBody, await run("CALL dbms.listConfig()"));
    expect(config.error.code).toBe("query_refused");
    const write = body(ErrorBody, await run("CREATE (n:Hacked) RETURN n"));
    expect(write.error.message).toContain("writes");
    const proc = body(ErrorBody, await run("MATCH (n) WITH n LIMIT 1 CALL db.createLabel('X') RETURN n"));
    expect(proc.error.code).toBe("query_refused");
  });

  it("answers a re-run the same and refuses a write every time (only passed plans are remembered)", async () => {
    const query = "MATCH (o:Organisation) RETURN o.id AS id ORDER BY id LIMIT $n";
    const first = body(CypherResult, await run(query, { n: 3 }));
    const again = body(CypherResult, await run(query, { n: 2 }));
    expect(again.rows).toEqual(first.rows.slice(0, 2));
    expect(again.summary.queryType).toBe(first.summary.queryType);
    for (let i = 0; i < 2; i++) {
      expect(body(ErrorBody, await run("MATCH (o:Organisation) SET o.hacked = true")).error.code).toBe("query_refused");
    }
  });

  it("leaves the graph exactly as it was", async () => {
    const after = await fingerprint(driver, conn);
    expect(after).toEqual(before);
    const session = driver.session({ database: conn.database });
    try {
      const hacked = await session.run("MATCH (n:Hacked) RETURN count(n) AS n");
      expect(hacked.records[0]?.get("n").toNumber()).toBe(0);
      const indexes = await session.run("SHOW INDEXES YIELD name RETURN collect(name) AS names");
      expect(indexes.records[0]?.get("names")).not.toContain("hacked");
      expect(indexes.records[0]?.get("names")).toContain("entitySearch");
    } finally {
      await session.close();
    }
  });
});

describe("POST /api/cypher errors and limits", () => {
  it("answers a syntax error with 400, Neo4j's message and the position in the user's text", async () => {
    const one = body(ErrorBody, await run("RETURN 1 +"));
    expect(one.error.code).toBe("cypher_syntax_error");
    expect(one.error.message).toContain("Invalid input");
    expect(one.error.details).toEqual({ position: { offset: 10, line: 1, column: 11 } });

    const query = "MATCH (n:Organisation)\nWHERE n.name =\nRETURN n";
    const three = body(ErrorBody, await run(query));
    const position = (three.error.details as { position: { offset: number; line: number; column: number } }).position;
    const lines = query.slice(0, position.offset).split("\n");
    expect(position.line).toBe(lines.length);
    expect(position.column).toBe((lines.at(-1)?.length ?? 0) + 1);
  });

  it("caps the rows and says the result was truncated", async () => {
    const capped = await testApp({ CYPHER_MAX_ROWS: "50" });
    try {
      const cut = body(CypherResult, await run("UNWIND range(1, 100000) AS x RETURN x", undefined, capped));
      expect(cut.rows).toHaveLength(50);
      expect(cut.truncated).toBe(true);
      const whole = body(CypherResult, await run("UNWIND range(1, 50) AS x RETURN x", undefined, capped));
      expect(whole.truncated).toBe(false);
    } finally {
      await capped.close();
    }
  });

  it("refuses a query longer than the server allows, naming the field", async () => {
    const response = await run(`RETURN 1 ${"/* padding */ ".repeat(400)}`);
    expect(response.statusCode).toBe(400);
    expect(body(ErrorBody, response).error.message).toContain("body.query");
  });

  it("refuses a body over the size limit with 413 in the error shape", async () => {
    const response = await run("RETURN $x", { x: "x".repeat(100_000) });
    expect(response.statusCode).toBe(413);
    body(ErrorBody, response);
  });

  it("rate-limits each client", async () => {
    const limited = await testApp({ CYPHER_RATE_LIMIT_PER_MINUTE: "3" });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await run("RETURN 1", undefined, limited)).statusCode);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const refused = body(ErrorBody, await run("RETURN 1", undefined, limited));
      expect(refused.error.code).toBe("rate_limited");
    } finally {
      await limited.close();
    }
  });
});

describe("POST /api/cypher cuts pathological reads", () => {
  let slow: FastifyInstance;
  beforeAll(async () => {
    slow = await testApp({ CYPHER_TIMEOUT_MS: "1500" });
  });
  afterAll(async () => {
    await slow.close();
  });

  it.each([
    "MATCH (a:Entity), (b:Entity), (c:Entity), (d:Entity) WHERE a.name < b.name AND b.name < c.name AND c.name < d.name RETURN count(*)",
    "MATCH p = (a)-[*]-(b) RETURN count(p)",
    "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)",
  ])("stops %s at the timeout while /api/health stays fast", async (query) => {
    const started = performance.now();
    const pending = run(query, undefined, slow);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const healthStarted = performance.now();
    const health = await slow.inject({ url: "/api/health" });
    const healthMs = performance.now() - healthStarted;
    const response = await pending;
    const elapsed = performance.now() - started;

    expect(health.statusCode).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({ status: "ok" });
    expect(healthMs).toBeLessThan(1000);
    expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    const error = body(ErrorBody, response).error;
    if (error.code === "query_timeout") expect(error.message).toContain("1.5 s");
    else expect(error.code).toBe("query_memory_limit");
    expect(elapsed).toBeLessThan(8000);
  });
});
