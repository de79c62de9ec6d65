/** GET /api/paths: all shortest paths between two nodes, each with its hops' quotes and a sentence. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Node as Neo4jNode, Relationship as Neo4jRelationship } from "neo4j-driver";
import { z } from "zod";
import { RelationshipTypeName, type GraphNode, type GraphRelationship } from "../contract/graph";
import { NodeIdParam, NodeTypesParam } from "../contract/params";
import { PathsResult, type GraphPath } from "../contract/paths";
import { badRequest, notFound } from "../errors";
import { clause } from "../graph/sentences";
import type { Database } from "../neo4j/database";
import { toGraphNode, toGraphRelationship } from "../neo4j/graph-elements";
import { errorResponses } from "./error-responses";

const MAX_PATHS = 25;
/** Shortest-path search can turn exhaustive when filters exclude the shortest paths; bound it. */
const PATHS_TIMEOUT_MS = 5000;

const relTypesParam = z
  .preprocess(
    (value) => (typeof value === "string" ? value.split(",").map((item) => item.trim()) : value),
    z.array(RelationshipTypeName).max(32),
  )
  .optional()
  .describe("Comma-separated relationship types the paths may use");

const PathsQuery = z.object({
  from: NodeIdParam,
  to: NodeIdParam,
  maxLength: z.coerce.number().int().min(1).max(10).default(6),
  types: NodeTypesParam.describe("Node types the paths may pass through (the ends are always allowed)"),
  relTypes: relTypesParam,
  limit: z.coerce.number().int().min(1).max(MAX_PATHS).default(10),
});

/** 404 naming each id that matches no node. */
export async function requireNodes(db: Database, ids: string[], field: string[]): Promise<void> {
  const records = await db.read("nodes-exist", { ids });
  const missing = records.filter((record) => !record.get("found")).map((record) => record.get("id") as string);
  if (missing.length > 0) {
    const names = missing.map((id) => `${field[ids.indexOf(id)] ?? "id"} "${id}"`).join(", ");
    throw notFound(`No node with ${names}`, { missing });
  }
}

interface RawHop {
  rel: Neo4jRelationship;
  from: string;
  to: string;
}

export const pathRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/paths",
    {
      schema: {
        tags: ["paths"],
        summary: "All shortest paths between two nodes, as nodes, relationships and a sentence",
        querystring: PathsQuery,
        response: { 200: PathsResult, ...errorResponses },
      },
    },
    async (request) => {
      const { from, to, maxLength, types, relTypes, limit } = request.query;
      if (from === to) throw badRequest("querystring.to: must differ from from");
      // The transaction's bookmark tells the dataset version (which keys the metrics snapshot); the
      // existence check that turns "no path" into a 404 naming the missing id runs only when nothing came back.
      const {
        results: [records = []],
        bookmark,
      } = await app.db.readManyWithBookmark(
        [
          [
            "shortest-paths",
            {
              from,
              to,
              maxLength,
              types: types?.length ? types : null,
              relTypes: relTypes?.length ? relTypes : null,
              limit: limit + 1,
            },
          ],
        ],
        PATHS_TIMEOUT_MS,
      );
      if (records.length === 0) await requireNodes(app.db, [from, to], ["from", "to"]);
      const snapshot = await app.store.snapshot(await app.store.versionAt(bookmark));
      const paths: GraphPath[] = records.slice(0, limit).map((record) => {
        const nodes = (record.get("nodes") as Neo4jNode[]).flatMap((raw) => {
          const node = toGraphNode(raw);
          return node ? [snapshot.nodeById.get(node.id) ?? node] : [];
        });
        const relationships = (record.get("rels") as RawHop[]).flatMap(
          (hop) => toGraphRelationship(hop.rel, hop.from, hop.to) ?? [],
        );
        const byId = new Map<string, GraphNode>(nodes.map((node) => [node.id, node]));
        const hops = relationships.map((rel: GraphRelationship, index) => {
          const walkFrom = nodes[index]?.id ?? rel.from;
          const forward = rel.from === walkFrom;
          return {
            relationship: rel,
            from: walkFrom,
            to: forward ? rel.to : rel.from,
            forward,
            text: clause(rel, byId.get(rel.from), byId.get(rel.to)),
          };
        });
        return {
          length: relationships.length,
          nodes,
          relationships,
          hops,
          sentence: `${hops.map((hop) => hop.text).join("; ")}.`,
        };
      });
      return { from, to, paths, truncated: records.length > limit };
    },
  );
};
