import { z } from "zod";

export const LabelCount = z.object({ label: z.string(), count: z.number().int(), meaning: z.string().nullable() });
export const RelationshipTypeCount = z.object({
  type: z.string(),
  count: z.number().int(),
  meaning: z.string().nullable(),
});

/** GET /api/schema: what the graph holds, for the legend and the Cypher editor's autocomplete. */
export const GraphSchema = z.object({
  labels: z.array(LabelCount),
  relationshipTypes: z.array(RelationshipTypeCount),
  propertyKeys: z.array(z.string()),
});
export type GraphSchema = z.infer<typeof GraphSchema>;
