/**
 * Runs a CPU-heavy computation in a worker thread, so the API keeps answering (health checks, other
 * routes) while it works: fcose over the network, betweenness and closeness over a big graph.
 * The thread is TypeScript run through tsx, registered inside the thread: a worker does not inherit
 * the parent's --import hooks. The entry module posts `{ value }` or `{ error }` once.
 */
import { Worker } from "node:worker_threads";

/** Resolved here when the runtime can (plain Node); inside a test runner, from the working directory. */
function tsxApi(): string {
  try {
    return import.meta.resolve("tsx/esm/api");
  } catch {
    return "tsx/esm/api";
  }
}

export type ThreadMessage<T> = { value: T } | { error: string };

export function runInThread<T>(entry: URL, input: unknown, what: string, timeoutMs: number): Promise<T> {
  const tsx = tsxApi();
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(boot, { eval: true, workerData: input });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`${what} took more than ${timeoutMs / 1000} s`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      void worker.terminate();
    };
    worker.once("message", (m: ThreadMessage<T>) => {
      done();
      if ("error" in m) reject(new Error(`${what} failed: ${m.error}`));
      else resolve(m.value);
    });
    worker.once("error", (error) => {
      done();
      reject(error);
    });
  });
}

/** The thread's side: compute from workerData and post the answer or the error once. */
export async function answerFromThread<I, T>(compute: (input: I) => T | Promise<T>): Promise<void> {
  const { parentPort, workerData } = await import("node:worker_threads");
  try {
    parentPort?.postMessage({ value: await compute(workerData as I) } satisfies ThreadMessage<T>);
  } catch (error) {
    parentPort?.postMessage({ error: String(error) } satisfies ThreadMessage<T>);
  }
}
