/** The console's calls to the API: run a query, the schema for autocomplete, the example queries. */
import { z } from "zod";
import { CypherAnswer, toFailure, type CypherFailure } from "./cypher-result";
import { completionSchema, type CompletionSchema } from "./schema-completion";

export type RunOutcome = { ok: true; answer: CypherAnswer; clientMs: number } | { ok: false; failure: CypherFailure };

export async function runCypher(
  query: string,
  params: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<RunOutcome> {
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch("/api/cypher", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, params }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    return {
      ok: false,
      failure: {
        status: 0,
        code: "network",
        message: "The API cannot be reached. Is the server running?",
        position: null,
        readOnly: false,
      },
    };
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) return { ok: false, failure: toFailure(response.status, body) };
  const parsed = CypherAnswer.safeParse(body);
  if (!parsed.success) {
    return {
      ok: false,
      failure: {
        status: response.status,
        code: "bad_answer",
        message: "The server's answer could not be read.",
        position: null,
        readOnly: false,
      },
    };
  }
  return { ok: true, answer: parsed.data, clientMs: Math.round(performance.now() - started) };
}

export async function fetchCompletionSchema(): Promise<CompletionSchema> {
  try {
    const response = await fetch("/api/schema", { headers: { accept: "application/json" } });
    return completionSchema(response.ok ? await response.json() : null);
  } catch {
    return completionSchema(null);
  }
}

const ExampleQuery = z.looseObject({
  id: z.string().optional(),
  name: z.string().optional(),
  title: z.string().optional(),
  question: z.string().optional(),
  cypher: z.string().optional(),
  query: z.string().optional(),
});
const ExamplesAnswer = z.union([z.array(ExampleQuery), z.looseObject({ queries: z.array(ExampleQuery) })]);

export interface Example {
  title: string;
  question: string;
  cypher: string;
}

export async function fetchExamples(): Promise<Example[]> {
  try {
    const response = await fetch("/api/queries", { headers: { accept: "application/json" } });
    if (!response.ok) return [];
    const parsed = ExamplesAnswer.safeParse(await response.json());
    if (!parsed.success) return [];
    const list = Array.isArray(parsed.data) ? parsed.data : parsed.data.queries;
    return list
      .map((q) => ({
        title: q.title ?? q.name ?? q.id ?? "Example",
        question: q.question ?? "",
        cypher: q.cypher ?? q.query ?? "",
      }))
      .filter((q) => q.cypher.trim() !== "");
  } catch {
    return [];
  }
}
