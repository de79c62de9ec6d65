/**
 * Liveness plus whether Neo4j answers. Always 200 so that a monitor can tell "API up, database
 * down" (degraded) from "API down" (no answer).
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { Health } from "../contract/health";

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/health",
    { schema: { tags: ["health"], summary: "Is the API up, and does Neo4j answer?", response: { 200: Health } } },
    async (_request, reply) => {
      reply.header("cache-control", "no-store");
      const started = performance.now();
      try {
        const info = await app.db.ping(1000);
        const edition = await app.db.edition().catch(() => null);
        return {
          status: "ok" as const,
          neo4j: {
            reachable: true,
            version: info.agent?.replace(/^Neo4j\//, "") ?? null,
            edition,
            latencyMs: Math.round(performance.now() - started),
          },
        };
      } catch {
        return {
          status: "degraded" as const,
          neo4j: { reachable: false, version: null, edition: null, latencyMs: null },
        };
      }
    },
  );
};
