/**
 * GET /api/metrics: degree, betweenness, closeness, PageRank and Louvain community per node,
 * ranked ("who are the brokers?" is the default: by betweenness). Computed once per dataset version.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { NodeTypesParam } from "../contract/params";
import { METRIC_NAMES, MetricsResult, type RankedNode } from "../contract/metrics";
import { errorResponses } from "./error-responses";

const MetricsQuery = z.object({
  sort: z.enum(METRIC_NAMES).default("betweenness"),
  types: NodeTypesParam,
  limit: z.coerce.number().int().min(1).max(100_000).optional(),
});

export const metricRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/metrics",
    {
      schema: {
        tags: ["metrics"],
        summary: "Centralities and communities per node, ranked",
        querystring: MetricsQuery,
        response: { 200: MetricsResult, ...errorResponses },
      },
    },
    async (request) => {
      const { sort, types, limit } = request.query;
      const { version, graph, metrics } = await app.store.snapshot();
      const wanted = types?.length ? new Set<string>(types) : undefined;
      const ranked: RankedNode[] = graph.nodes
        .filter((node) => !wanted || wanted.has(node.type))
        .flatMap((node) =>
          node.metrics ? [{ id: node.id, name: node.name, type: node.type, metrics: node.metrics }] : [],
        )
        .sort((a, b) => b.metrics[sort] - a.metrics[sort] || a.id.localeCompare(b.id));
      return {
        version,
        exact: metrics.exact,
        communities: metrics.communities,
        modularity: metrics.modularity,
        sortedBy: sort,
        nodes: limit ? ranked.slice(0, limit) : ranked,
      };
    },
  );
};
