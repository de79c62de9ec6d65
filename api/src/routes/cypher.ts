/**
 * POST /api/cypher: the read-only Cypher console. Limits (timeout, row cap, query length, rate)
 * come from the server's configuration; a client cannot raise them.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Config } from "../config";
import { ErrorBody } from "../contract/graph";
import { CypherRequest, CypherResult } from "../contract/cypher";
import { runConsoleQuery } from "../console/run-query";
import { errorResponses } from "./error-responses";

export const cypherRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const Body = CypherRequest.extend({
    query: CypherRequest.shape.query.pipe(
      z.string().max(config.CYPHER_MAX_QUERY_LENGTH, `must be at most ${config.CYPHER_MAX_QUERY_LENGTH} characters`),
    ),
  });
  app.post(
    "/cypher",
    {
      config: { rateLimit: { max: config.CYPHER_RATE_LIMIT_PER_MINUTE, timeWindow: 60_000 } },
      schema: {
        tags: ["cypher"],
        summary: "Run a read-only Cypher query (timeout, row cap and rate limit set by the server)",
        body: Body,
        response: { 200: CypherResult, 403: ErrorBody, 422: ErrorBody, ...errorResponses },
      },
    },
    async (request) =>
      runConsoleQuery(app.db, request.body.query, request.body.params ?? {}, {
        timeoutMs: config.CYPHER_TIMEOUT_MS,
        maxRows: config.CYPHER_MAX_ROWS,
      }),
  );
};
