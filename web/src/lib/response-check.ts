/**
 * The check of a big API answer in a worker (response-check.worker.ts), for the client in api.ts.
 * One worker, created on the first big answer; where workers are not to be had (the offline file,
 * a worker that fails to start) the answer is checked on the main thread as before.
 */
import { Graph } from "@pg/api/contract";
import { OFFLINE } from "../offline/mode";
import { workerClient } from "./worker-client";

/** The schemas a worker may check, by name: the worker imports them from the same contract. */
export const CHECKED_OFF_THREAD = { graph: Graph } as const;
export type CheckedSchema = keyof typeof CHECKED_OFF_THREAD;

export interface CheckRequest {
  id: number;
  schema: CheckedSchema;
  /** The answer's body as it came: handed over, not copied (a copy of a 16 MB string took 30-45 ms here). */
  bytes: ArrayBuffer;
}
export interface CheckAnswer {
  id: number;
  ok: boolean;
  /** The first few problems, for the console. */
  issues: string[];
}

/**
 * From this size the check runs in a worker: at 1k nodes (0.8 MB) it was 25–45 ms of the task that brings
 * the data, the load's longest. The report's graph (0.3 MB) is checked here, in less than a worker's start.
 */
export const OFF_THREAD_MIN_BYTES = 500_000;

const checker = workerClient<CheckRequest, CheckAnswer>(
  () => new Worker(new URL("./response-check.worker.ts", import.meta.url), { type: "module" }),
);

const workersHere = () => !OFFLINE && typeof Worker !== "undefined";

/**
 * Starts the worker as the headers of a big answer arrive, so it has loaded its code and zod by the time
 * the body has: on a cold start that was half a second on the critical path.
 */
export function expectBigAnswer(contentLength: number): void {
  if (contentLength >= OFF_THREAD_MIN_BYTES && workersHere()) checker.start();
}

/**
 * The worker's verdict on the answer's `bytes` against the named schema: null at once when the answer is
 * too small for the worker or there is none, a null verdict when the worker fails (check on this thread
 * then). Post it once this thread has decoded the bytes and before it parses them, so both parse at
 * once; the bytes go to the worker and are unusable here afterwards.
 */
export function checkOffThread(schema: CheckedSchema, bytes: ArrayBuffer): Promise<CheckAnswer | null> | null {
  if (bytes.byteLength < OFF_THREAD_MIN_BYTES || !workersHere()) return null;
  // A worker that cannot start or has failed: the answer is checked on this thread instead.
  return checker.request((id) => ({ id, schema, bytes }), [bytes]).catch(() => null);
}
