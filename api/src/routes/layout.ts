/**
 * GET /api/layout: where the explorer draws each node of /api/graph in its network view. Computed once
 * per dataset version (fcose, seeded; ForceAtlas2 past FCOSE_MAX_NODES), so every browser shows the
 * same picture at once instead of each computing it for seconds; graphs past FORCE_LAYOUT_MAX_NODES get
 * an empty list.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { FORCE_LAYOUT_MAX_NODES, LayoutResponse } from "../contract/layout";
import type { GraphStore } from "../graph/graph-store";
import { computeForceLayout, type ComputedLayout } from "../layout/force-layout";
import { errorResponses } from "./error-responses";

type VersionedLayout = ComputedLayout & { version: string };

/**
 * The positions and the version of the graph they were computed from, filed under that version: a
 * version read apart from the memo's could, with a reseed in between, file the old dataset's picture
 * under the new one's name, and every later request would get it.
 */
export async function layoutAnswer(store: GraphStore): Promise<LayoutResponse> {
  const layout = await store.perVersion("force-layout", async (version): Promise<VersionedLayout> => {
    // The snapshot's own version: the graph as read, should the database have moved on since `version`.
    const { version: read, graph } = await store.snapshot(version);
    if (graph.nodes.length > FORCE_LAYOUT_MAX_NODES) return { version: read, rows: [], ms: 0 };
    return { version: read, ...(await computeForceLayout(graph)) };
  });
  return { version: layout.version, positions: layout.rows, ms: Math.round(layout.ms) };
}

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
      reply.header("cache-control", "no-cache");
      return layoutAnswer(app.store);
    },
  );
};
