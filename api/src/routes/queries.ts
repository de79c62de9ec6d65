/** GET /api/queries: the example questions in cypher/examples, read once at start-up. */
import { listExamples } from "@pg/seed/examples";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ExampleQueries } from "../contract/queries";

export const queryRoutes: FastifyPluginAsyncZod = async (app) => {
  const queries = listExamples().map(({ id, title, question, cypher }) => ({ id, title, question, cypher }));
  app.get(
    "/queries",
    {
      schema: {
        tags: ["queries"],
        summary: "Example questions with their Cypher, for the console",
        response: { 200: ExampleQueries },
      },
    },
    async () => ({ queries }),
  );
};
