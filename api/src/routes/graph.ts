/**
 * GET /api/graph: the network, optionally narrowed by node type and year range. The body only
 * changes when the dataset does, so it carries an ETag keyed on the dataset version and answers
 * 304 to If-None-Match.
 */
import { createHash } from "node:crypto";
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

export const graphRoutes: FastifyPluginAsyncZod = async (app) => {
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
      const snapshot = await app.store.snapshot();
      return { version: snapshot.version, ...filterGraph(snapshot.graph, { types, from, to }) };
    },
  );
};
