/** GET /api/search: typo-tolerant, prefix-friendly full-text search; each hit says which field matched. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Node as Neo4jNode } from "neo4j-driver";
import { z } from "zod";
import { NodeTypesParam } from "../contract/params";
import { SearchResult, type SearchHit } from "../contract/search";
import { toGraphNode } from "../neo4j/graph-elements";
import { toNumber } from "../neo4j/to-json";
import { luceneQuery, matchIndex, snippet, tokens } from "../search/lucene";
import { errorResponses } from "./error-responses";

const SearchQuery = z.object({
  q: z.string().trim().min(1, "must not be empty").max(200),
  types: NodeTypesParam,
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

function describeMatch(node: Neo4jNode, words: string[]): Pick<SearchHit, "field" | "snippet"> {
  const text = (key: string): string => {
    const value = node.properties[key];
    return typeof value === "string" ? value : "";
  };
  const candidates: [SearchHit["field"], string][] = [
    ["name", text("name")],
    ["summary", text("summary")],
    // The loader joins a node's mention quotes with newlines; show the one quote that matched.
    ...text("quotes")
      .split("\n")
      .map((quote): [SearchHit["field"], string] => ["quote", quote]),
  ];
  for (const [field, value] of candidates) {
    const at = matchIndex(value, words);
    if (at >= 0) return { field, snippet: snippet(value, at) };
  }
  return { field: "summary", snippet: snippet(text("summary"), 0) };
}

/**
 * Lucene gives every prefix or fuzzy match the same score, so "Luga" would rank anything that
 * mentions Lugazi anywhere alike. Hits whose name holds every query word come first, as a user
 * typing a name expects (those starting with it, then shorter, more specific names first); the
 * rest keep Lucene's order, which suits phrases and quotes.
 */
function rerank(hits: SearchHit[], words: string[]): SearchHit[] {
  // Short words ("in", "of") match too much to say anything about a name.
  const telling = words.filter((word) => word.length >= 3);
  const keys = telling.length > 0 ? telling : words;
  const rank = (hit: SearchHit, index: number) => {
    const named = keys.every((word) => matchIndex(hit.name, [word]) >= 0);
    return {
      hit,
      index,
      named: named ? 1 : 0,
      leading: named && keys[0] !== undefined && matchIndex(hit.name, [keys[0]]) === 0 ? 1 : 0,
      length: named ? (hit.name.match(/[\p{L}\p{N}]+/gu) ?? []).length : 0,
    };
  };
  return hits
    .map(rank)
    .sort((a, b) => b.named - a.named || b.leading - a.leading || a.length - b.length || a.index - b.index)
    .map(({ hit }) => hit);
}

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/search",
    {
      schema: {
        tags: ["search"],
        summary: "Full-text search over names, summaries and quotes",
        querystring: SearchQuery,
        response: { 200: SearchResult, ...errorResponses },
      },
    },
    async (request) => {
      const { q, types, limit } = request.query;
      const lucene = luceneQuery(q);
      if (!lucene) return { query: q, hits: [] };
      const words = tokens(q);
      const records = await app.db.read("search-nodes", {
        lucene,
        types: types?.length ? types : null,
        // Fetch more than asked: Lucene scores prefix matches alike, so hits are re-ranked below.
        limit: Math.min(100, limit * 3),
        fetch: Math.min(1000, types?.length ? limit * 30 : limit * 3),
      });
      const hits: SearchHit[] = [];
      for (const record of records) {
        const raw = record.get("node") as Neo4jNode;
        const node = toGraphNode(raw);
        if (!node) continue;
        const score = toNumber(record.get("score"));
        hits.push({
          id: node.id,
          type: node.type,
          name: node.name,
          summary: node.summary,
          score: Math.round(score * 1000) / 1000,
          ...describeMatch(raw, words),
        });
      }
      return { query: q, hits: rerank(hits, words).slice(0, limit) };
    },
  );
};
