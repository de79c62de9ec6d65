/** Typed client of the API: every response is parsed with its zod schema before the app sees it. */
import { ErrorBody, Graph } from "@pg/api/contract";
import type { z } from "zod";
import type { NodeMetrics } from "@pg/api/contract";
import {
  FlowsResponse,
  MetricsResponse,
  NodeDetails,
  PathsResult,
  SearchResult,
  type FlowChainT,
  type GraphPathT,
  type SearchHitT,
} from "./api-schemas";
import { OFF_THREAD_MIN_BYTES, checkOffThread, expectBigAnswer, type CheckedSchema } from "./response-check";

/** An answer from the API that says something went wrong; the message is meant for people. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
  /** The API is there but cannot reach its database, or cannot be reached at all. */
  get unreachable(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

type Listener = (reachable: boolean) => void;
const listeners = new Set<Listener>();
/** Told after every request whether the API answered; the banner listens. */
export function onReachability(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
const tell = (ok: boolean) => listeners.forEach((fn) => fn(ok));

export const API_BASE = "/api";

/** A big answer is checked in a worker while this thread parses it (response-check.ts). */
interface OffThread {
  /** The schema's name in the worker. */
  schema: CheckedSchema;
  /** Called once this thread has parsed a big answer and waits for the worker's verdict: idle time. */
  whileChecking?: () => void;
}

/**
 * `offThread`: for an answer that may be big; it is used only once the check has passed, here or there.
 */
async function get<S extends z.ZodType>(
  path: string,
  schema: S,
  signal?: AbortSignal,
  offThread?: OffThread,
): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await fetch(`${API_BASE}${path}`, { headers: { accept: "application/json" }, signal: signal ?? null });
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    tell(false);
    throw new ApiError(0, "UNREACHABLE", "The server cannot be reached. Check the connection; the page will retry.");
  }
  if (offThread && res.ok) expectBigAnswer(Number(res.headers.get("content-length")));
  // The bytes, decoded here and then handed to the worker that checks a big answer. A big answer is
  // parsed in the next task: at 20k nodes decoding and parsing its 16 MB were one task of 0.2 s.
  const bytes = await res.arrayBuffer();
  const text = new TextDecoder().decode(bytes);
  if (bytes.byteLength >= OFF_THREAD_MIN_BYTES) await new Promise((r) => setTimeout(r, 0));
  const verdict = res.ok && offThread ? checkOffThread(offThread.schema, bytes) : null;
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!res.ok) {
    const err = ErrorBody.safeParse(body);
    const e = err.success
      ? new ApiError(res.status, err.data.error.code, err.data.error.message)
      : new ApiError(res.status, "HTTP_" + res.status, `The server answered ${res.status} ${res.statusText}.`);
    tell(!e.unreachable);
    throw e;
  }
  tell(true);
  const notUnderstood = (issues: unknown[]) => {
    console.warn(`Unexpected response from ${path}`, issues);
    return new ApiError(res.status, "BAD_RESPONSE", `The server's answer to ${path.split("?")[0]} was not understood.`);
  };
  if (verdict) offThread?.whileChecking?.();
  const checked = await verdict;
  if (checked) {
    if (!checked.ok) throw notUnderstood(checked.issues);
    // Checked against the same schema: the value is what safeParse would give, less the stripping of
    // keys the contract does not name.
    return body as z.infer<S>;
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw notUnderstood(parsed.error.issues.slice(0, 5));
  return parsed.data;
}

const qs = (params: Record<string, string | number | undefined | null>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
};

export const api = {
  graph: (opts: { signal?: AbortSignal; whileChecking?: () => void } = {}) =>
    get("/graph", Graph, opts.signal, { schema: "graph", whileChecking: opts.whileChecking }),
  node: (id: string, signal?: AbortSignal) => get(`/nodes/${encodeURIComponent(id)}`, NodeDetails, signal),
  neighbourhood: (id: string, depth = 1) =>
    get(`/nodes/${encodeURIComponent(id)}/neighbourhood${qs({ depth })}`, Graph),
  search: async (q: string, limit = 8, signal?: AbortSignal): Promise<SearchHitT[]> =>
    (await get(`/search${qs({ q, limit })}`, SearchResult, signal)).hits,
  paths: async (from: string, to: string, signal?: AbortSignal): Promise<GraphPathT[]> =>
    (await get(`/paths${qs({ from, to })}`, PathsResult, signal)).paths,
  flows: async (from?: string, signal?: AbortSignal): Promise<FlowChainT[]> =>
    (await get(`/flows${qs({ from })}`, FlowsResponse, signal)).chains,
  metrics: async (signal?: AbortSignal): Promise<Record<string, NodeMetrics>> => {
    const r = await get("/metrics", MetricsResponse, signal);
    if ("nodes" in r && Array.isArray(r.nodes)) return Object.fromEntries(r.nodes.map((n) => [n.id, n.metrics]));
    return (r as { metrics: Record<string, NodeMetrics> }).metrics;
  },
  health: async () => {
    const res = await fetch(`${API_BASE}/health`).catch(() => null);
    return res !== null && res.status < 500;
  },
};
