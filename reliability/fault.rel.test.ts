// Neo4j stopped under load: 503 in the error shape within 2 s, health degraded, nothing crashes;
// started again on the same data: the same API process recovers within 5 s.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadFiles, countNodes } from "../bench/lib/data";
import { freePort, startNeo4j, type Neo4jHandle } from "../bench/lib/stack";
import { call, connect, isErrorShape, startApi, type ApiHandle } from "./support";

let dataDir: string;
let port: number;
let neo4j: Neo4jHandle;
let api: ApiHandle;
let nodesBefore: number;

beforeAll(async () => {
  // Its own Neo4j on a fixed data directory and port, so that stopping it touches no other test and a
  // restart brings back the same data at the same address.
  dataDir = await mkdtemp(join(tmpdir(), "pg-fault-"));
  port = await freePort();
  neo4j = await startNeo4j(dataDir, port);
  const driver = connect(neo4j);
  await loadFiles(driver);
  nodesBefore = await countNodes(driver);
  await driver.close();
  api = await startApi(neo4j);
});

afterAll(async () => {
  await api?.stop();
  await neo4j?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

it("answers 503 quickly while Neo4j is down and recovers by itself when it returns", async () => {
  expect((await call(`${api.url}/api/nodes/gran`)).status).toBe(200);

  // Load in the background, across the stop and the restart.
  let loading = true;
  let failure = "none";
  let stopAt = Number.POSITIVE_INFINITY;
  let backAt = Number.NaN;
  const statuses = new Map<number, number>();
  const clients = Array.from({ length: 20 }, async () => {
    while (loading) {
      const sent = performance.now();
      const answer = await call(`${api.url}/api/nodes/gran`, {}, 15_000);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status !== 200 && answer.status !== 503)
        failure =
          `${answer.status} after ${Math.round(answer.ms)} ms, sent ${Math.round(sent - stopAt)} ms after the stop began` +
          ` (Neo4j back at ${Math.round(backAt - stopAt)} ms): ${JSON.stringify(answer.body).slice(0, 160)}`;
    }
  });

  stopAt = performance.now();
  await neo4j.stop();
  const down = [];
  for (let i = 0; i < 5; i++) down.push(await call(`${api.url}/api/nodes/gran`));
  for (const answer of down) {
    expect(answer.status, JSON.stringify(answer.body)).toBe(503);
    expect(isErrorShape(answer.body), JSON.stringify(answer.body)).toBe(true);
    expect(answer.ms).toBeLessThan(2000);
  }
  const health = await call(`${api.url}/api/health`);
  expect(health.status).toBe(200);
  expect(health.body).toMatchObject({ status: "degraded", neo4j: { reachable: false } });
  expect(health.ms).toBeLessThan(2000);

  neo4j = await startNeo4j(dataDir, port);
  const back = performance.now();
  backAt = back;
  // For the record: how long a fresh driver's first query takes on the restarted (cold) Neo4j.
  const fresh = connect(neo4j);
  const coldQuery = fresh
    .executeQuery("MATCH (n:Entity {id: 'gran'}) RETURN n.name")
    .then(() => performance.now() - back)
    .finally(() => fresh.close());
  let recovered = Number.NaN;
  while (performance.now() - back < 15_000) {
    const answer = await call(`${api.url}/api/nodes/gran`, {}, 5000);
    if (answer.status === 200) {
      recovered = performance.now() - back;
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  loading = false;
  await Promise.all(clients);
  console.log(
    `fault: the API answered again ${Math.round(recovered)} ms after Neo4j was back (a fresh driver's first query: ` +
      `${Math.round(await coldQuery)} ms); 503s while down took ${down.map((d) => Math.round(d.ms)).join(", ")} ms; ` +
      `statuses under load ${JSON.stringify([...statuses])}; a failed request: ${failure}`,
  );
  expect(recovered).toBeLessThan(5000);
  expect((await call(`${api.url}/api/health`)).body).toMatchObject({ status: "ok" });
  // Under load, only answers (200) or clean refusals (503): never a crash, a hang or a 500.
  expect([...statuses.keys()].filter((s) => s !== 200 && s !== 503)).toEqual([]);
  expect(api.child.exitCode).toBeNull();
  const driver = connect(neo4j);
  expect(await countNodes(driver)).toBe(nodesBefore);
  await driver.close();
}, 300_000);
