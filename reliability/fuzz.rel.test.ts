// schemathesis (from PyPI) generates requests from /api/openapi.json: no 5xx, and no response that
// breaks the schema the API itself publishes.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { REPO_ROOT } from "../bench/lib/stack";
import { sharedNeo4j, startApi, type ApiHandle } from "./support";

const SCHEMATHESIS = process.env.SCHEMATHESIS ?? join(REPO_ROOT, ".data", "venv", "bin", "schemathesis");
const MIN_REQUESTS = 1000;

let api: ApiHandle;
let reportDir: string;
beforeAll(async () => {
  if (!existsSync(SCHEMATHESIS))
    throw new Error(
      `schemathesis not found at ${SCHEMATHESIS}: python3 -m venv .data/venv && .data/venv/bin/pip install schemathesis==4.32.5 (.ci/run does this), or set SCHEMATHESIS`,
    );
  // A fuzzer is one very busy client: lift the console's per-client rate limit so 429s do not hide answers.
  api = await startApi(sharedNeo4j(), { CYPHER_RATE_LIMIT_PER_MINUTE: "100000", CYPHER_TIMEOUT_MS: "2000" });
  reportDir = await mkdtemp(join(tmpdir(), "pg-fuzz-"));
});
afterAll(async () => {
  await api?.stop();
  if (reportDir) await rm(reportDir, { recursive: true, force: true });
});

it(`sends at least ${MIN_REQUESTS} generated requests: no 5xx, every response fits the published schema`, () => {
  const har = join(reportDir, "requests.har");
  const run = spawnSync(
    SCHEMATHESIS,
    [
      "run",
      `${api.url}/api/openapi.json`,
      "--checks",
      "not_a_server_error,response_schema_conformance,content_type_conformance",
      "--max-examples",
      process.env.RELIABILITY_FUZZ_EXAMPLES ?? "120",
      "--seed",
      "8",
      // One worker: with two threads, CPython 3.11's AST constructor sometimes fails with "recursion depth
      // mismatch" inside schemathesis (python/cpython#106905), a crash of the tool, not of the API.
      "--workers",
      "1",
      "--request-timeout",
      "20",
      "--continue-on-failure",
      "--report",
      "har",
      "--report-har-path",
      har,
      "--no-color",
    ],
    { encoding: "utf8", timeout: 420_000, maxBuffer: 64 * 1024 * 1024 },
  );
  const output = `${run.stdout}\n${run.stderr}`;
  const tail = output.slice(-6000);
  expect(run.error, tail).toBeUndefined();
  return readFile(har, "utf8").then((text) => {
    const entries = (JSON.parse(text) as { log: { entries: { response: { status: number } }[] } }).log.entries;
    const fiveHundreds = entries.filter((e) => e.response.status >= 500).length;
    console.log(`fuzz: ${entries.length} requests, ${fiveHundreds} 5xx, schemathesis exit ${run.status}`);
    expect(entries.length).toBeGreaterThanOrEqual(MIN_REQUESTS);
    expect(fiveHundreds, tail).toBe(0);
    expect(run.status, tail).toBe(0);
    expect(api.child.exitCode).toBeNull();
  });
}, 480_000);
