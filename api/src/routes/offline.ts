/**
 * GET /api/offline: the whole explorer as ONE HTML file to take to a meeting without a network.
 * The viewer is web/dist-offline/offline.html (built by `npm run build`); this route puts the data
 * in it — the graph, metrics, every node's details, the knowledge flows and the tours — as the API
 * answers them now, so the file shows exactly what the server shows.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { readTours } from "@pg/seed/read-tours";
import type { Tour } from "@pg/seed/tour-schema";
import { ApiError } from "../errors";
import { REPO_ROOT } from "../neo4j/cypher-files";
import { errorResponses } from "./error-responses";

export interface OfflineRouteOptions {
  /** The built viewer; defaults to web/dist-offline/offline.html. */
  htmlPath?: string;
  tours?: Tour[];
}

const DATA_MARKER = "<!--pg-offline-data-->";
/** How many node-detail requests run at once while the file is assembled. */
const CONCURRENCY = 8;

async function getJson(app: FastifyInstance, url: string): Promise<unknown> {
  const response = await app.inject({ method: "GET", url, headers: { accept: "application/json" } });
  if (response.statusCode === 404) return null;
  if (response.statusCode !== 200) {
    throw new ApiError(
      response.statusCode >= 500 ? response.statusCode : 502,
      "offline_build_failed",
      `Could not read ${url.split("?")[0]} for the offline file`,
    );
  }
  return response.json();
}

async function collectData(app: FastifyInstance, tours: Tour[]) {
  const graph = (await getJson(app, "/api/graph")) as { nodes: { id: string; type: string }[] } | null;
  if (!graph) throw new ApiError(503, "offline_build_failed", "The graph is not available");
  const [metrics, flows, layout] = await Promise.all([
    getJson(app, "/api/metrics"),
    getJson(app, "/api/flows"),
    // The explorer's force layout as the server computed it, so the file need not compute it; a file
    // without it still works (the viewer lays the graph out itself), so a failure here is not fatal.
    getJson(app, "/api/layout").catch(() => null),
  ]);
  const ids = graph.nodes.filter((n) => n.type !== "Section").map((n) => n.id);
  const nodes: Record<string, unknown> = {};
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++]!;
      const details = await getJson(app, `/api/nodes/${encodeURIComponent(id)}`);
      if (details) nodes[id] = details;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { generatedAt: new Date().toISOString(), graph, metrics, nodes, flows, tours, ...(layout ? { layout } : {}) };
}

/**
 * The data as gzip in base64: the node details and flow chains repeat the same names and quotes, so
 * this is about a sixth of the JSON's size. Base64 cannot close a <script> or open a comment, and the
 * viewer unpacks it with the browser's own DecompressionStream.
 */
export function packedJson(value: unknown): string {
  return gzipSync(JSON.stringify(value), { level: 9 }).toString("base64");
}

export const offlineRoutes: FastifyPluginAsyncZod<OfflineRouteOptions> = async (app, options) => {
  const htmlPath = options.htmlPath ?? path.join(REPO_ROOT, "web", "dist-offline", "offline.html");
  const tours = options.tours ?? readTours();

  app.get(
    "/offline",
    {
      schema: {
        tags: ["export"],
        summary: "One self-contained HTML file with the graph, details and tours, for use without a network",
        produces: ["text/html"],
        response: { 200: z.string(), ...errorResponses },
      },
    },
    async (_request, reply) => {
      if (!existsSync(htmlPath)) {
        throw new ApiError(
          503,
          "offline_viewer_missing",
          "The offline viewer has not been built; run `npm run build`.",
        );
      }
      const viewer = readFileSync(htmlPath, "utf8");
      if (!viewer.includes(DATA_MARKER))
        throw new ApiError(500, "offline_viewer_invalid", "The offline viewer has no place for the data");
      const data = await app.store.perVersion("offline-data", () => collectData(app, tours).then(packedJson));
      const html = viewer.replace(
        DATA_MARKER,
        () =>
          `<script type="application/octet-stream" data-encoding="gzip+base64" id="pg-offline-data">${data}</script>`,
      );
      const stamp = new Date().toISOString().slice(0, 10);
      return reply
        .header("content-type", "text/html; charset=utf-8")
        .header("content-disposition", `attachment; filename="partnership-graph-${stamp}.html"`)
        .header("cache-control", "no-store")
        .send(html);
    },
  );
};
