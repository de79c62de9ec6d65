/** GET /api/export: the whole graph (evidence included) as JSON, GraphML, CSV or a Cypher script. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { Graph } from "../contract/graph";
import { CSV_PARTS, csv } from "../export/csv";
import { cypherScript } from "../export/cypher-script";
import { readExportGraph } from "../export/export-graph";
import { graphml } from "../export/graphml";
import { errorResponses } from "./error-responses";

export const EXPORT_FORMATS = ["json", "graphml", "csv", "cypher"] as const;

const ExportQuery = z.object({
  format: z.enum(EXPORT_FORMATS).default("json"),
  part: z.enum(CSV_PARTS).default("nodes").describe("For csv: the nodes or the relationships table"),
});

export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/export",
    {
      schema: {
        tags: ["export"],
        summary: "The whole graph as json, graphml, csv (nodes or relationships) or a Cypher script",
        querystring: ExportQuery,
        response: {
          200: {
            description: "The graph in the requested format, as a download",
            content: {
              "application/json": { schema: Graph },
              "application/graphml+xml": { schema: z.string() },
              "text/csv": { schema: z.string() },
              "text/plain": { schema: z.string() },
            },
          },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const { format, part } = request.query;
      const download = (name: string, type: string) =>
        reply.header("content-type", type).header("content-disposition", `attachment; filename="${name}"`);
      if (format === "json") {
        download("partnership-graph.json", "application/json; charset=utf-8");
        return JSON.stringify(await app.store.fullGraph());
      }
      const graph = await readExportGraph(app.db);
      if (format === "graphml") {
        download("partnership-graph.graphml", "application/graphml+xml; charset=utf-8");
        return graphml(graph);
      }
      if (format === "csv") {
        download(`partnership-graph-${part}.csv`, "text/csv; charset=utf-8");
        return csv(graph, part);
      }
      download("partnership-graph.cypher", "text/plain; charset=utf-8");
      return cypherScript(graph);
    },
  );
};
