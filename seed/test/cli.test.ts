import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../src/read-files";

const FIXTURES = path.join(import.meta.dirname, "fixtures");

function run(script: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(REPO_ROOT, "seed", "src", script), ...args],
    {
      cwd: REPO_ROOT,
      env,
      encoding: "utf8",
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run seed:check", { timeout: 30_000 }, () => {
  it("exits 0 with a one-line summary by type when the dataset is clean", () => {
    const { status, stdout } = run("cli-check.ts", [path.join(FIXTURES, "tiny")]);
    expect(status).toBe(0);
    expect(stdout.trim()).toBe(
      "seed:check: OK — 2 file(s), 7 nodes (Knowledge 1, Organisation 2, Partnership 1, Section 2, Weakness 1); " +
        "4 relationships (HINDERS 1, KNOWLEDGE_FLOW 1, PARTNER_IN 2)",
    );
  });

  it("prints `file:line  path  message` per problem and exits 1", () => {
    const { status, stderr } = run("cli-check.ts", [
      path.join(FIXTURES, "tiny"),
      path.join(FIXTURES, "broken", "unknown-ref.yaml"),
    ]);
    expect(status).toBe(1);
    expect(stderr).toContain(
      'seed/test/fixtures/broken/unknown-ref.yaml:3  relationships[0].to  CONNECTED_TO to unknown id "lugazi-nowhere"',
    );
    expect(stderr).toContain("1 problem(s)");
  });
});

describe("npm run seed", { timeout: 30_000 }, () => {
  it("says clearly that NEO4J_URI is missing, before touching anything", () => {
    const env = { ...process.env };
    delete env.NEO4J_URI;
    const { status, stderr } = run("cli-load.ts", [], env);
    expect(status).toBe(2);
    expect(stderr).toMatch(/NEO4J_URI is not set/);
  });

  it("refuses an invalid dataset without connecting, listing its problems", () => {
    // Port 9 (discard) has no Neo4j: the check must fail first, so no connection is ever tried.
    const env = { ...process.env, NEO4J_URI: "bolt://127.0.0.1:9" };
    const { status, stderr } = run(
      "cli-load.ts",
      [path.join(FIXTURES, "tiny"), path.join(FIXTURES, "broken", "quote.yaml")],
      env,
    );
    expect(status).toBe(1);
    expect(stderr).toContain("seed/test/fixtures/broken/quote.yaml:9");
    expect(stderr).toContain("nothing was written");
  });
});
