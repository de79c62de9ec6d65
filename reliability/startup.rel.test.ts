// The standalone server lays the network out as soon as it listens, so the first visitor does not wait.
import { afterAll, beforeAll, expect, it } from "vitest";
import { call, sharedNeo4j, startApi, type ApiHandle } from "./support";

let api: ApiHandle;
beforeAll(async () => {
  api = await startApi(sharedNeo4j(), { LOG_LEVEL: "info" });
});
afterAll(async () => {
  await api?.stop();
});

it("computes the force layout at start, before anyone asks for it", async () => {
  const deadline = Date.now() + 60_000;
  while (!api.output().includes("force layout computed at start") && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(api.output()).toContain('"status":200,"msg":"force layout computed at start"');
  // The visitor's request is then answered from what the start computed: the same positions, no new run.
  const first = await call(`${api.url}/api/layout`);
  const second = await call(`${api.url}/api/layout`);
  expect(first.status).toBe(200);
  expect(second.body).toEqual(first.body);
  expect(api.output().match(/force layout computed at start/g)).toHaveLength(1);
}, 120_000);
