import { z } from "zod";

export const ExampleQuery = z.object({
  id: z.string(),
  title: z.string(),
  question: z.string(),
  cypher: z.string(),
});
export type ExampleQuery = z.infer<typeof ExampleQuery>;

/** GET /api/queries: the example questions from cypher/examples. */
export const ExampleQueries = z.object({ queries: z.array(ExampleQuery) });
export type ExampleQueries = z.infer<typeof ExampleQueries>;
