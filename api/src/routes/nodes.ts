/**
 * GET /api/nodes/{id}: a node's properties, evidence and neighbours grouped by relationship type.
 * GET /api/nodes/{id}/neighbourhood: the subgraph around it, for "expand".
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Node as Neo4jNode, Relationship as Neo4jRelationship } from "neo4j-driver";
import { z } from "zod";
import { Graph, GraphNode } from "../contract/graph";
import { Evidence, NodeDetails, type NeighbourGroup } from "../contract/node-details";
import { NodeIdParam, NodeTypesParam } from "../contract/params";
import { notFound } from "../errors";
import { neighbourhood } from "../graph/neighbourhood";
import { toGraphNode, toGraphRelationship } from "../neo4j/graph-elements";
import { toJson } from "../neo4j/to-json";
import { errorResponses } from "./error-responses";

const Params = z.object({ id: NodeIdParam });
const MAX_NEIGHBOURS = 2000;

/** "5.10" after "5.9", and "Appendix I" after the numbers. */
const bySection = (a: Evidence, b: Evidence) => a.section.localeCompare(b.section, "en", { numeric: true });

export const nodeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/nodes/:id",
    {
      schema: {
        tags: ["nodes"],
        summary: "A node's properties, evidence and neighbours grouped by relationship type",
        params: Params,
        response: { 200: NodeDetails, ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params;
      // The transaction's bookmark tells the dataset version, which keys the snapshot the metrics come from.
      const {
        results: [details = [], neighbours = []],
        bookmark,
      } = await app.db.readManyWithBookmark([
        ["node-details", { id }],
        ["node-neighbours", { id, limit: MAX_NEIGHBOURS }],
      ]);
      const record = details[0];
      const node = record ? toGraphNode(record.get("n")) : undefined;
      if (!record || !node) throw notFound(`No node with id "${id}"`, { id });
      const metrics = (await app.store.snapshot(await app.store.versionAt(bookmark))).nodeById.get(id)?.metrics;

      const groups = new Map<string, NeighbourGroup>();
      for (const row of neighbours) {
        const from: string = row.get("from");
        const to: string = row.get("to");
        const relationship = toGraphRelationship(row.get("r") as Neo4jRelationship, from, to);
        const other = toGraphNode(row.get("other") as Neo4jNode);
        if (!relationship || !other) continue;
        const group = groups.get(relationship.type) ?? { type: relationship.type, neighbours: [] };
        group.neighbours.push({ direction: from === id ? "out" : "in", relationship, node: other });
        groups.set(relationship.type, group);
      }
      const evidence = z.array(Evidence).parse(toJson(record.get("evidence")));
      return {
        node: metrics ? { ...node, metrics } : node,
        labels: record.get("labels") as string[],
        evidence: evidence.sort(bySection),
        neighbours: [...groups.values()],
      };
    },
  );

  app.get(
    "/nodes/:id/neighbourhood",
    {
      schema: {
        tags: ["nodes"],
        summary: "The subgraph within depth hops of a node",
        params: Params,
        querystring: z.object({
          depth: z.coerce.number().int().min(1).max(3).default(1),
          types: NodeTypesParam,
        }),
        response: { 200: Graph, ...errorResponses },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { depth, types } = request.query;
      const snapshot = await app.store.snapshot();
      if (snapshot.nodeById.has(id)) return neighbourhood(snapshot.graph, snapshot.nodeById, id, depth, types);

      // Not in the network: a Section (evidence) or unknown. A Section's neighbourhood is what it mentions.
      const [details = [], rows = []] = await app.db.readMany([
        ["node-details", { id }],
        ["node-neighbours", { id, limit: MAX_NEIGHBOURS }],
      ]);
      const record = details[0];
      const node = record ? toGraphNode(record.get("n")) : undefined;
      if (!node) throw notFound(`No node with id "${id}"`, { id });
      const nodes = new Map<string, GraphNode>([[id, node]]);
      const relationships = rows.flatMap((row) => {
        const other = toGraphNode(row.get("other") as Neo4jNode);
        const rel = toGraphRelationship(row.get("r") as Neo4jRelationship, row.get("from"), row.get("to"));
        if (!other || !rel) return [];
        nodes.set(other.id, snapshot.nodeById.get(other.id) ?? other);
        return [rel];
      });
      return { nodes: [...nodes.values()], relationships };
    },
  );
};
