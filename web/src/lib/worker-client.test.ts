import { describe, expect, it } from "vitest";
import { workerClient } from "./worker-client";

interface Ask {
  id: number;
  n: number;
}
interface Answer {
  id: number;
  doubled: number;
}

/** Stands in for a Worker: keeps what was posted, and answers or fails when the test says. */
class FakeWorker {
  onmessage: ((e: MessageEvent<Answer>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  posted: Ask[] = [];
  transferred: Transferable[][] = [];
  terminated = false;
  postMessage(message: Ask, transfer: Transferable[]) {
    this.posted.push(message);
    this.transferred.push(transfer);
  }
  terminate() {
    this.terminated = true;
  }
  answer(a: Answer) {
    this.onmessage?.({ data: a } as MessageEvent<Answer>);
  }
  fail(message: string) {
    this.onerror?.({ message } as ErrorEvent);
  }
}

function setup() {
  const made: FakeWorker[] = [];
  const client = workerClient<Ask, Answer>(() => {
    const w = new FakeWorker();
    made.push(w);
    return w as unknown as Worker;
  });
  return { client, made };
}

describe("workerClient", () => {
  it("creates the worker on first use only, and once", () => {
    const { client, made } = setup();
    expect(made).toHaveLength(0);
    expect(client.start()).toBe(true);
    expect(client.start()).toBe(true);
    void client.request((id) => ({ id, n: 1 }));
    expect(made).toHaveLength(1);
  });

  it("settles each request with the answer that carries its id, in whatever order they come", async () => {
    const { client, made } = setup();
    const first = client.request((id) => ({ id, n: 2 }));
    const second = client.request((id) => ({ id, n: 5 }));
    const w = made[0]!;
    expect(w.posted.map((p) => p.n)).toEqual([2, 5]);
    const [a, b] = w.posted;
    w.answer({ id: b!.id, doubled: 10 });
    w.answer({ id: a!.id, doubled: 4 });
    // An answer nobody waits for (already settled) is ignored.
    w.answer({ id: a!.id, doubled: 99 });
    await expect(first).resolves.toEqual({ id: a!.id, doubled: 4 });
    await expect(second).resolves.toEqual({ id: b!.id, doubled: 10 });
  });

  it("hands the worker the buffers it is given to transfer, and none otherwise", () => {
    const { client, made } = setup();
    const bytes = new ArrayBuffer(8);
    void client.request((id) => ({ id, n: 1 }), [bytes]);
    void client.request((id) => ({ id, n: 2 }));
    expect(made[0]!.transferred).toEqual([[bytes], []]);
  });

  it("rejects when the worker cannot be created, and does not try again", async () => {
    let tries = 0;
    const client = workerClient<Ask, Answer>(() => {
      tries++;
      throw new Error("no workers in this file");
    });
    await expect(client.request((id) => ({ id, n: 1 }))).rejects.toThrow("no workers in this file");
    expect(client.start()).toBe(false);
    await expect(client.request((id) => ({ id, n: 1 }))).rejects.toThrow("no workers in this file");
    expect(tries).toBe(1);
  });

  it("fails everything waiting when the worker errors, ends it, and fails later requests at once", async () => {
    const { client, made } = setup();
    const pending = [client.request((id) => ({ id, n: 1 })), client.request((id) => ({ id, n: 2 }))];
    const w = made[0]!;
    w.fail("could not load the worker's code");
    for (const p of pending) await expect(p).rejects.toThrow("could not load the worker's code");
    expect(w.terminated).toBe(true);
    expect(client.start()).toBe(false);
    await expect(client.request((id) => ({ id, n: 3 }))).rejects.toThrow("could not load");
    expect(made).toHaveLength(1);
  });

  it("gives a message of its own when the error event has none", async () => {
    const { client, made } = setup();
    const pending = client.request((id) => ({ id, n: 1 }));
    made[0]!.fail("");
    await expect(pending).rejects.toThrow("the worker failed");
  });
});
