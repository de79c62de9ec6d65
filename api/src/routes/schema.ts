/** GET /api/schema: labels and relationship types with counts, and the property keys. */
import { NODE_TYPE_MEANINGS, RELATIONSHIP_MEANINGS } from "@pg/seed/schema";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { GraphSchema } from "../contract/schema";
import { nodeTypeOf, isRelationshipType } from "../neo4j/graph-elements";
import { toNumber } from "../neo4j/to-json";
import { errorResponses } from "./error-responses";

export const schemaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/schema",
    {
      schema: {
        tags: ["schema"],
        summary: "Labels and relationship types with counts, and property keys",
        response: { 200: GraphSchema, ...errorResponses },
      },
    },
    async () =>
      app.store.perVersion("schema", async (): Promise<GraphSchema> => {
        const [labels = [], types = [], keys = []] = await app.db.readMany([
          ["schema-labels"],
          ["schema-relationship-types"],
          ["schema-property-keys"],
        ]);
        return {
          labels: labels.map((record) => {
            const label: string = record.get("label");
            const type = nodeTypeOf([label]);
            return { label, count: toNumber(record.get("count")), meaning: type ? NODE_TYPE_MEANINGS[type] : null };
          }),
          relationshipTypes: types.map((record) => {
            const type: string = record.get("type");
            return {
              type,
              count: toNumber(record.get("count")),
              meaning: isRelationshipType(type) ? RELATIONSHIP_MEANINGS[type] : null,
            };
          }),
          propertyKeys: keys.map((record) => record.get("propertyKey") as string),
        };
      }),
  );
};
