/** GET /api/flows: knowledge-flow traces — each hop's status, where chains stop, and what hindered them. */
import { FLOW_DIRECTIONS, FLOW_STATUSES } from "@pg/seed/schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { FlowsResult, type FlowHop } from "../contract/flows";
import type { GraphNode, GraphRelationship } from "../contract/graph";
import { NodeIdParam } from "../contract/params";
import { notFound } from "../errors";
import { flowChains } from "../graph/flow-chains";
import { errorResponses } from "./error-responses";

const FlowsQuery = z.object({
  from: NodeIdParam.optional().describe("Only chains starting at this node"),
  topic: z.string().trim().min(1).max(200).optional().describe("Words in the flow's topic, or a Knowledge id"),
  status: z.enum(FLOW_STATUSES).optional(),
  direction: z.enum(FLOW_DIRECTIONS).optional(),
});

const text = (value: GraphRelationship["properties"][string] | undefined): string | null =>
  typeof value === "string" ? value : null;

export const flowRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/flows",
    {
      schema: {
        tags: ["flows"],
        summary: "Knowledge-flow chains along KNOWLEDGE_FLOW, with stalls and the weaknesses behind them",
        querystring: FlowsQuery,
        response: { 200: FlowsResult, ...errorResponses },
      },
    },
    async (request) => {
      const { from, topic, status, direction } = request.query;
      const { graph, nodeById } = await app.store.snapshot();
      if (from !== undefined && !nodeById.has(from)) throw notFound(`No node with id "${from}"`, { id: from });

      const needle = topic?.toLowerCase();
      const selected = graph.relationships.filter((rel) => {
        if (rel.type !== "KNOWLEDGE_FLOW") return false;
        if (status && rel.properties["status"] !== status) return false;
        if (direction && rel.properties["direction"] !== direction) return false;
        if (needle) {
          const about = `${text(rel.properties["topic"]) ?? ""}`.toLowerCase();
          if (!about.includes(needle) && rel.properties["knowledge"] !== topic) return false;
        }
        return true;
      });
      const { chains, truncated } = flowChains(selected, from);
      const inChains = new Set(chains.flatMap((chain) => chain.hops));
      const flows = from === undefined ? selected : selected.filter((rel) => inChains.has(rel.id));

      // Weaknesses that HINDER a piece of knowledge also hold back every flow carrying it.
      const hindersKnowledge = new Map<string, string[]>();
      for (const rel of graph.relationships) {
        if (rel.type === "HINDERS") hindersKnowledge.set(rel.to, [...(hindersKnowledge.get(rel.to) ?? []), rel.from]);
      }
      const ref = (id: string | null) => {
        if (!id) return null;
        const node = nodeById.get(id);
        return { id, name: node?.name ?? id };
      };
      const describe = (rel: GraphRelationship): FlowHop => {
        const knowledge = text(rel.properties["knowledge"]);
        const named = rel.properties["hinderedBy"];
        const weaknessIds = new Set([
          ...(Array.isArray(named) ? named.filter((id): id is string => typeof id === "string") : []),
          ...(knowledge ? (hindersKnowledge.get(knowledge) ?? []) : []),
        ]);
        const statusValue = rel.properties["status"];
        const directionValue = rel.properties["direction"];
        return {
          relationship: rel,
          topic: text(rel.properties["topic"]),
          status: FLOW_STATUSES.find((s) => s === statusValue) ?? null,
          direction: FLOW_DIRECTIONS.find((d) => d === directionValue) ?? null,
          level: text(rel.properties["level"]),
          channel: ref(text(rel.properties["channel"])),
          knowledge: ref(knowledge),
          hinderedBy: [...weaknessIds].sort().flatMap((id) => nodeById.get(id) ?? []),
        };
      };
      const hopById = new Map(flows.map((rel) => [rel.id, describe(rel)]));
      const hops = [...hopById.values()];
      const nodeIds = new Set([...flows.flatMap((rel) => [rel.from, rel.to]), ...chains.flatMap((c) => c.nodes)]);
      const nodes = [...nodeIds].flatMap((id): GraphNode[] => {
        const node = nodeById.get(id);
        return node ? [node] : [];
      });
      return {
        flows: hops,
        chains: chains.map((chain) => ({
          start: chain.nodes[0] ?? "",
          ...chain,
          hops: chain.hops.flatMap((id) => hopById.get(id) ?? []),
        })),
        nodes,
        truncated,
      };
    },
  );
};
