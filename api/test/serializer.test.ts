import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as contract from "../src/contract";
import { compileResponseSchema } from "../src/serializer";

const node = {
  id: "gran",
  type: "Organisation",
  name: "Gran",
  summary: "A municipality",
  properties: { country: "Norway", since: 1989, twinned: true, aliases: ["Gran kommune", 2], none: null },
  extra: "not in the contract",
};
const relationship = {
  id: "gran|PARTNER_IN|mukono",
  type: "PARTNER_IN",
  from: "gran",
  to: "mukono",
  section: "5.1",
  quote: null,
  properties: {},
};

describe("responses serialized from the zod schemas by fast-json-stringify", () => {
  it("compiles every response shape of the contract", () => {
    const schemas = Object.entries(contract as Record<string, unknown>).flatMap(([name, value]) =>
      value instanceof z.ZodObject && !/Param|Request|Query/.test(name) ? [[name, value] as const] : [],
    );
    expect(schemas.length).toBeGreaterThan(10);
    for (const [name, schema] of schemas) expect(compileResponseSchema(schema), name).toBeTypeOf("function");
  });

  it("writes what zod's encoding keeps, no more", () => {
    const details = {
      node: { ...node, metrics: { degree: 3, betweenness: 0.5, closeness: 0.25, pagerank: 0.1, community: 2 } },
      labels: ["Entity", "Organisation"],
      evidence: [{ section: "5.1", title: null, quote: "Gran and Mukono", page: 3 }],
      neighbours: [{ type: "PARTNER_IN", neighbours: [{ direction: "out", relationship, node }] }],
    };
    const stringify = compileResponseSchema(contract.NodeDetails);
    expect(JSON.parse(stringify?.(details) ?? "")).toEqual(z.encode(contract.NodeDetails, details as never));
    const error = { error: { code: "not_found", message: "No node", details: { id: "x", nested: [1, null] } } };
    expect(JSON.parse(compileResponseSchema(contract.ErrorBody)?.(error) ?? "")).toEqual(error);
  });

  it("fails on a missing required field rather than sending a reply that breaks its schema", () => {
    const stringify = compileResponseSchema(contract.Graph);
    expect(() => stringify?.({ nodes: [{ ...node, name: undefined }], relationships: [] })).toThrow();
  });
});
