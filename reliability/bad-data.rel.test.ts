// Broken dataset files are refused with file:line and change nothing; a loader killed in the middle
// of writing leaves the previous graph whole.
import { spawn } from "node:child_process";
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphFingerprint } from "@pg/seed/fingerprint";
import { loadDataset } from "@pg/seed/load";
import { writeSynthetic } from "@pg/seed/synthetic";
import { REPO_ROOT } from "../bench/lib/stack";
import { neo4jEnv } from "../scripts/local-neo4j";
import { connect, sharedNeo4j } from "./support";

const DATA = join(REPO_ROOT, "seed", "data");

let driver: Driver;
let work: string;
let before: string;

beforeAll(async () => {
  driver = connect(sharedNeo4j());
  work = await mkdtemp(join(tmpdir(), "pg-bad-data-"));
  before = (await graphFingerprint(driver)).hash;
});
afterAll(async () => {
  await driver?.close();
  await rm(work, { recursive: true, force: true });
});

/** A copy of the real dataset with one file changed by `corrupt`. */
async function corrupted(name: string, file: string, corrupt: (text: string) => string): Promise<string[]> {
  const dir = join(work, name);
  await rm(dir, { recursive: true, force: true });
  await import("node:fs/promises").then((fs) => fs.mkdir(dir, { recursive: true }));
  const files = (await readdir(DATA)).filter((f) => f.endsWith(".yaml"));
  for (const f of files) await copyFile(join(DATA, f), join(dir, f));
  const text = await readFile(join(dir, file), "utf8");
  const changed = corrupt(text);
  if (changed === text) throw new Error(`the corruption "${name}" changed nothing in ${file}`);
  await writeFile(join(dir, file), changed);
  return files.map((f) => join(dir, f));
}

function firstMatch(text: string, pattern: RegExp, replace: (m: RegExpExecArray) => string): string {
  const m = pattern.exec(text);
  if (!m) return text;
  return text.slice(0, m.index) + replace(m) + text.slice(m.index + m[0].length);
}

const CASES: Record<string, (text: string) => string> = {
  "bad YAML": (t) => firstMatch(t, /^(\s+)name: .*$/m, (m) => `${m[1]}name: [unclosed, "flow`),
  "a wrong type": (t) => firstMatch(t, /^(\s+)name: .*$/m, (m) => `${m[1]}name: 12345`),
  "a dangling id": (t) => firstMatch(t, /^(\s+)to: \S+$/m, (m) => `${m[1]}to: no-such-node-anywhere`),
  "a duplicate id": (t) => firstMatch(t, /^ {2}- id: \S+\n(?: {4}.*\n)+/m, (m) => `${m[0]}${m[0]}`),
  "a quote that is not verbatim": (t) =>
    firstMatch(t, /^(\s+quote: )(["']?)(?=\S)/m, (m) => `${m[1]}${m[2]}Words the report never printed, `),
};

describe("corrupted dataset files", () => {
  for (const [name, corrupt] of Object.entries(CASES)) {
    it(`refuses ${name} with file:line and leaves the graph as it was`, async () => {
      // A file of nodes for the node defects, one with relationships for the dangling end.
      const file = await fileWith(name === "a dangling id" ? /^\s+to: \S+$/m : /^ {2}- id: \S+\n {4}/m);
      const files = await corrupted(name.replace(/\W+/g, "-"), file, corrupt);
      const error = await loadDataset(driver, { files }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, `${name} was loaded`).toBeInstanceOf(Error);
      const message = (error as Error).message;
      expect(message).toMatch(new RegExp(`${file.replace(".", "\\.")}:\\d+`));
      expect((await graphFingerprint(driver)).hash).toBe(before);
    });
  }

  it("npm run seed says where, exits non-zero and writes nothing", async () => {
    const files = await corrupted(
      "cli",
      await fileWith(/^\s+to: \S+$/m),
      CASES["a dangling id"] as (t: string) => string,
    );
    const { code, output } = await runSeed(files);
    expect(code).not.toBe(0);
    expect(output).toMatch(/\.yaml:\d+/);
    expect((await graphFingerprint(driver)).hash).toBe(before);
  });
});

async function fileWith(pattern: RegExp): Promise<string> {
  for (const f of (await readdir(DATA)).filter((x) => x.endsWith(".yaml")).sort())
    if (pattern.test(await readFile(join(DATA, f), "utf8"))) return f;
  throw new Error(`no dataset file matches ${pattern}`);
}

function seedProcess(args: string[]) {
  return spawn("npm", ["run", "seed", "--", ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...neo4jEnv(sharedNeo4j()) },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so the kill reaches npm, the shell and the node process under them.
    detached: true,
  });
}

async function runSeed(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = seedProcess(args);
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const code = await new Promise<number | null>((r) => child.on("exit", (c) => r(c)));
  return { code, output };
}

async function loaderTransactions(): Promise<number> {
  const { records } = await driver.executeQuery(
    "SHOW TRANSACTIONS YIELD currentQuery, transactionId WHERE currentQuery CONTAINS 'UNWIND $rows' AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS' RETURN count(*) AS n",
    {},
    { database: sharedNeo4j().database },
  );
  return Number(records[0]?.get("n") ?? 0);
}

describe("a loader killed mid-load", () => {
  it("leaves the previous graph whole", async () => {
    const dir = join(work, "big");
    await writeSynthetic(dir, { nodes: Number(process.env.RELIABILITY_KILL_NODES ?? 15_000), seed: 4 });
    const child = seedProcess([dir]);
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    const exited = new Promise<void>((r) => child.on("exit", () => r()));
    // Kill only once it is writing: its transaction is open in Neo4j.
    const deadline = Date.now() + 150_000;
    while ((await loaderTransactions()) === 0) {
      if (child.exitCode !== null) throw new Error(`the loader finished before it could be killed:\n${output}`);
      if (Date.now() > deadline) throw new Error(`the loader never started writing:\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise((r) => setTimeout(r, 300));
    if (child.pid) process.kill(-child.pid, "SIGKILL");
    await exited;
    // Neo4j rolls the orphaned transaction back when the connection drops.
    const settle = Date.now() + 30_000;
    while ((await loaderTransactions()) > 0 && Date.now() < settle) await new Promise((r) => setTimeout(r, 200));
    expect(await loaderTransactions()).toBe(0);
    expect((await graphFingerprint(driver)).hash).toBe(before);
  }, 240_000);
});
