// Bad input on every route: a 4xx in the error shape whose message names the field.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErrorBody } from "../src/contract";
import { body, testApp } from "./support";

let app: FastifyInstance;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => {
  await app.close();
});

const cases: [url: string, field: string][] = [
  ["/api/graph?types=Nope", "querystring.types"],
  ["/api/graph?types=Organisation,Planet", "querystring.types"],
  ["/api/graph?from=abc", "querystring.from"],
  ["/api/graph?from=1800", "querystring.from"],
  ["/api/graph?to=3000", "querystring.to"],
  ["/api/graph?from=2010&to=2000", "querystring.from"],
  ["/api/nodes/Not_A_Slug", "params.id"],
  ["/api/nodes/gran/neighbourhood?depth=4", "querystring.depth"],
  ["/api/nodes/gran/neighbourhood?depth=two", "querystring.depth"],
  ["/api/nodes/gran/neighbourhood?types=Nope", "querystring.types"],
  ["/api/search", "querystring.q"],
  ["/api/search?q=", "querystring.q"],
  ["/api/search?q=%20%20", "querystring.q"],
  [`/api/search?q=${"a".repeat(201)}`, "querystring.q"],
  ["/api/search?q=gran&limit=0", "querystring.limit"],
  ["/api/search?q=gran&limit=1000", "querystring.limit"],
  ["/api/search?q=gran&types=Nope", "querystring.types"],
  ["/api/paths?from=gran", "querystring.to"],
  ["/api/paths?to=gran", "querystring.from"],
  ["/api/paths?from=gran&to=gran", "querystring.to"],
  ["/api/paths?from=gran&to=lugazi&maxLength=11", "querystring.maxLength"],
  ["/api/paths?from=gran&to=lugazi&maxLength=0", "querystring.maxLength"],
  ["/api/paths?from=gran&to=lugazi&relTypes=LOVES", "querystring.relTypes"],
  ["/api/paths?from=gran&to=lugazi&limit=100", "querystring.limit"],
  ["/api/paths?from=GRAN%20SCHOOL&to=lugazi", "querystring.from"],
  ["/api/flows?status=blocked", "querystring.status"],
  ["/api/flows?direction=upwards", "querystring.direction"],
  ["/api/flows?from=Not%20an%20id", "querystring.from"],
  ["/api/metrics?sort=fame", "querystring.sort"],
  ["/api/metrics?limit=-1", "querystring.limit"],
  ["/api/export?format=pdf", "querystring.format"],
  ["/api/export?format=csv&part=edges", "querystring.part"],
];

describe("bad query strings and path parameters", () => {
  it.each(cases)("%s → 400 naming %s", async (url, field) => {
    const response = await app.inject({ url });
    expect(response.statusCode, response.body).toBe(400);
    const { error } = body(ErrorBody, response);
    expect(error.code).toBe("bad_request");
    expect(error.message).toContain(field);
  });

  it("answers 404 for well-formed ids that name no node", async () => {
    for (const url of ["/api/nodes/atlantis", "/api/nodes/atlantis/neighbourhood", "/api/flows?from=atlantis"]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(body(ErrorBody, response).error.code).toBe("not_found");
    }
  });
});

describe("bad bodies on POST /api/cypher", () => {
  const post = (payload: string, contentType = "application/json") =>
    app.inject({ method: "POST", url: "/api/cypher", payload, headers: { "content-type": contentType } });

  it.each([
    ["{}", "body.query"],
    ['{"query": 1}', "body.query"],
    ['{"query": ""}', "body.query"],
    ['{"query": "   "}', "body.query"],
    ['{"query": "RETURN 1", "params": "x"}', "body.params"],
    ['{"query": "RETURN 1", "params": [1, 2]}', "body.params"],
  ])("%s → 400 naming %s", async (payload, field) => {
    const response = await post(payload);
    expect(response.statusCode, response.body).toBe(400);
    expect(body(ErrorBody, response).error.message).toContain(field);
  });

  it("refuses malformed JSON, a missing body and other content types in the error shape", async () => {
    const malformed = await post('{"query": ');
    expect(malformed.statusCode).toBe(400);
    body(ErrorBody, malformed);
    const missing = await app.inject({ method: "POST", url: "/api/cypher" });
    expect(missing.statusCode).toBe(400);
    expect(body(ErrorBody, missing).error.message).toContain("body");
    const text = await post("RETURN 1", "text/plain");
    expect(text.statusCode).toBe(400);
    expect(body(ErrorBody, text).error.message).toContain("body");
    const xml = await post("<query>RETURN 1</query>", "application/xml");
    expect(xml.statusCode).toBe(415);
    body(ErrorBody, xml);
  });

  it("never leaks a stack trace", async () => {
    const response = await post('{"query": "RETURN 1", "params": {"x": {"deep": [1, {"a": null}]}}}');
    expect(response.statusCode).toBe(200);
    for (const payload of ['{"query": ', "[]", "null", '"x"']) {
      const bad = await post(payload);
      expect(bad.statusCode).toBeLessThan(500);
      expect(bad.body).not.toMatch(/at .*\.(ts|js):\d+/);
    }
  });
});
