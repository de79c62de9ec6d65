/** /api/schema → the editor's autocomplete lists. The Cypher editor expects labels and types with their colon. */
import { z } from "zod";

const Named = z.union([
  z.string(),
  z.looseObject({ name: z.string() }),
  z.looseObject({ label: z.string() }),
  z.looseObject({ type: z.string() }),
]);
const nameOf = (v: z.infer<typeof Named>): string =>
  typeof v === "string" ? v : "name" in v ? String(v.name) : "label" in v ? String(v.label) : String(v.type);

export const SchemaAnswer = z.looseObject({
  labels: z.array(Named).default([]),
  relationshipTypes: z.array(Named).default([]),
  propertyKeys: z.array(Named).default([]),
});

export interface CompletionSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

export function completionSchema(body: unknown): CompletionSchema {
  const parsed = SchemaAnswer.safeParse(body);
  if (!parsed.success) return { labels: [], relationshipTypes: [], propertyKeys: [] };
  const colon = (s: string) => (s.startsWith(":") ? s : `:${s}`);
  return {
    labels: parsed.data.labels.map(nameOf).map(colon),
    relationshipTypes: parsed.data.relationshipTypes.map(nameOf).map(colon),
    propertyKeys: parsed.data.propertyKeys.map(nameOf),
  };
}
