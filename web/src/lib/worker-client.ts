/**
 * One worker asked many questions, each answer matched to its question by `id`: the plumbing shared by
 * the response check (response-check.ts) and the layout (layout-client.ts). The caller passes the
 * `new Worker(new URL("./x.worker.ts", import.meta.url), { type: "module" })` as a factory, because Vite
 * only bundles a worker whose creation it sees written out like that.
 */

export interface WorkerClient<Req, Res> {
  /** Creates the worker now if it is not yet there, so it loads before it is needed; false when it cannot be had. */
  start(): boolean;
  /**
   * Posts `make(id)` and settles with the answer that carries that id. Rejects when the worker cannot be
   * created or fails: a worker that has failed once is given up, so later requests reject at once and the
   * caller's fallback takes over without waiting on a worker that may be dead. `transfer`: buffers of the
   * request handed to the worker rather than copied (they are unusable here afterwards).
   */
  request(make: (id: number) => Req, transfer?: Transferable[]): Promise<Res>;
}

interface Waiting<Res> {
  resolve(answer: Res): void;
  reject(error: Error): void;
}

export function workerClient<Req, Res extends { id: number }>(create: () => Worker): WorkerClient<Req, Res> {
  let worker: Worker | null = null;
  let failed: Error | null = null;
  let nextId = 1;
  const waiting = new Map<number, Waiting<Res>>();

  function fail(error: Error): Error {
    failed = error;
    worker?.terminate();
    worker = null;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
    return error;
  }

  function get(): Worker {
    if (failed) throw failed;
    if (worker) return worker;
    let created: Worker;
    try {
      created = create();
    } catch (error) {
      throw fail(error instanceof Error ? error : new Error(String(error)));
    }
    created.onmessage = (e: MessageEvent<Res>) => {
      waiting.get(e.data.id)?.resolve(e.data);
      waiting.delete(e.data.id);
    };
    // A worker that cannot load its code, or throws: everything it was asked fails, here and from now on.
    created.onerror = (e: ErrorEvent) => {
      fail(new Error(e.message || "the worker failed"));
    };
    worker = created;
    return created;
  }

  return {
    start() {
      try {
        get();
        return true;
      } catch {
        return false;
      }
    },
    request(make, transfer = []) {
      return new Promise<Res>((resolve, reject) => {
        const w = get();
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        w.postMessage(make(id), transfer);
      });
    },
  };
}
