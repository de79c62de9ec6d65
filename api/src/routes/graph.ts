/**
 * GET /api/graph: the network, optionally narrowed by node type and year range. The body only
 * changes when the dataset does, so it carries an ETag keyed on the dataset version and answers
 * 304 to If-None-Match.
 */
import { createHash } from "node:crypto";
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { GraphResponse } from "../contract/graph";
import { NodeTypesParam, YearParam } from "../contract/params";
import { badRequest } from "../errors";
import { filterGraph } from "../graph/filter-graph";

export const GraphQuery = z.object({
  types: NodeTypesParam,
  from: YearParam.optional().describe("First year of the range"),
  to: YearParam.optional().describe("Last year of the range"),
});

const MAX_CACHED_BODIES = 32;

/** Fastify sends a string body as it is: the serializer runs once per version, not per request. */
const sendSerialized = (reply: FastifyReply, json: string) => reply.type("application/json; charset=utf-8").send(json);

export const graphRoutes: FastifyPluginAsyncZod = async (app) => {
  const bodies = new Map<string, string>();
  app.get(
    "/graph",
    {
      schema: {
        tags: ["graph"],
        summary: "The network: nodes with metrics and relationships (evidence left out)",
        querystring: GraphQuery,
        response: { 200: GraphResponse, 304: z.undefined() },
      },
    },
    async (request, reply) => {
      const { types, from, to } = request.query;
      if (from !== undefined && to !== undefined && from > to)
        throw badRequest("querystring.from: must not be after to");
      const version = await app.store.version();
      const filterKey = createHash("sha256")
        .update(JSON.stringify([types ?? [], from ?? null, to ?? null]))
        .digest("hex")
        .slice(0, 12);
      const etag = `"${version}-${filterKey}"`;
      reply.header("etag", etag).header("cache-control", "no-cache");
      const match = request.headers["if-none-match"];
      if (match && match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
        return reply.status(304).send();
      }
      // The body only changes with the version, so it is serialized once per version and filter.
      const cached = bodies.get(etag);
      if (cached !== undefined) return sendSerialized(reply, cached);
      const snapshot = await app.store.snapshot(version);
      const payload = GraphResponse.encode({
        version: snapshot.version,
        ...filterGraph(snapshot.graph, { types, from, to }),
      });
      const serialized = JSON.stringify(payload);
      if (bodies.size >= MAX_CACHED_BODIES) bodies.delete(bodies.keys().next().value ?? "");
      bodies.set(etag, serialized);
      return sendSerialized(reply, serialized);
    },
  );
};
