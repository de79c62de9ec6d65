/**
 * The check of a big API answer in a worker (response-check.worker.ts), for the client in api.ts.
 * One worker, created on the first big answer; where workers are not to be had (the offline file,
 * a worker that fails to start) the answer is checked on the main thread as before.
 */
import { Graph } from "@pg/api/contract";
import { OFFLINE } from "../offline/mode";

/** The schemas a worker may check, by name: the worker imports them from the same contract. */
export const CHECKED_OFF_THREAD = { graph: Graph } as const;
export type CheckedSchema = keyof typeof CHECKED_OFF_THREAD;

export interface CheckRequest {
  id: number;
  schema: CheckedSchema;
  text: string;
}
export interface CheckAnswer {
  id: number;
  ok: boolean;
  /** The first few problems, for the console. */
  issues: string[];
}

/** Below this the check costs less than starting a worker: the report's graph is 0.3 MB, 5k nodes 4 MB. */
export const OFF_THREAD_MIN_CHARS = 2_000_000;

let worker: Worker | null = null;
let broken = false;
let nextId = 1;
const waiting = new Map<number, (a: CheckAnswer | null) => void>();

function getWorker(): Worker | null {
  if (OFFLINE || broken || typeof Worker === "undefined") return null;
  if (worker) return worker;
  try {
    worker = new Worker(new URL("./response-check.worker.ts", import.meta.url), { type: "module" });
  } catch {
    broken = true;
    return null;
  }
  worker.onmessage = (e: MessageEvent<CheckAnswer>) => {
    waiting.get(e.data.id)?.(e.data);
    waiting.delete(e.data.id);
  };
  // A worker that cannot load or dies: everything it was asked is checked here instead.
  worker.onerror = () => {
    broken = true;
    worker?.terminate();
    worker = null;
    for (const done of waiting.values()) done(null);
    waiting.clear();
  };
  return worker;
}

/**
 * Starts the worker as the headers of a big answer arrive, so it has loaded its code and zod by the time
 * the body has: on a cold start that was half a second on the critical path.
 */
export function expectBigAnswer(contentLength: number): void {
  if (contentLength >= OFF_THREAD_MIN_CHARS) getWorker();
}

/**
 * The worker's verdict on `text` against the named schema, or null when it cannot give one (then check
 * on this thread). Post it before parsing the same text here, so both parse at once.
 */
export function checkOffThread(schema: CheckedSchema, text: string): Promise<CheckAnswer | null> {
  const w = text.length >= OFF_THREAD_MIN_CHARS ? getWorker() : null;
  if (!w) return Promise.resolve(null);
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    w.postMessage({ id, schema, text } satisfies CheckRequest);
  });
}
