/**
 * GET /api/layout: where the explorer draws each node of /api/graph in its network view. Computed once
 * per dataset version (fcose, seeded; ForceAtlas2 past FCOSE_MAX_NODES), so every browser shows the
 * same picture at once instead of each computing it for seconds; graphs past FORCE_LAYOUT_MAX_NODES get
 * an empty list.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { FORCE_LAYOUT_MAX_NODES, LayoutResponse } from "../contract/layout";
import { computeForceLayout, type ComputedLayout } from "../layout/force-layout";
import { errorResponses } from "./error-responses";

export const layoutRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/layout",
    {
      schema: {
        tags: ["graph"],
        summary: "Positions of the network's force-directed picture, computed once per dataset version",
        response: { 200: LayoutResponse, ...errorResponses },
      },
    },
    async (_request, reply) => {
      const version = await app.store.version();
      const layout = await app.store.perVersion("force-layout", async (): Promise<ComputedLayout> => {
        const { graph } = await app.store.snapshot(version);
        if (graph.nodes.length > FORCE_LAYOUT_MAX_NODES) return { rows: [], ms: 0 };
        return computeForceLayout(graph);
      });
      reply.header("cache-control", "no-cache");
      return { version, positions: layout.rows, ms: Math.round(layout.ms) };
    },
  );
};
