import { z } from "zod";
import { NodeTypeName } from "./graph";

export const SEARCH_FIELDS = ["name", "summary", "quote"] as const;

export const SearchHit = z.object({
  id: z.string(),
  type: NodeTypeName,
  name: z.string(),
  summary: z.string(),
  score: z.number(),
  /** Which field the query matched; the snippet is taken from it. */
  field: z.enum(SEARCH_FIELDS),
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.object({ query: z.string(), hits: z.array(SearchHit) });
export type SearchResult = z.infer<typeof SearchResult>;
