// `npm start` end to end: a fresh data dir, the app answers /api/health with ok, and Ctrl-C leaves no
// process behind (not the node process, not the JVM in its own process group).
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../test-support/free-port";
import { QUICK_START_JVM_FLAGS } from "../neo4j-embedded";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

/** Every process whose parent chain leads to `root`, read from /proc. */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name may contain spaces and parentheses; the parent pid follows the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // Gone between readdir and read.
    }
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift() as number;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

let child: ChildProcess | undefined;
let dataDir: string | undefined;
let tree: number[] = [];

afterAll(async () => {
  // Whatever happened above, leave nothing running.
  for (const pid of tree) if (isAlive(pid)) process.kill(pid, "SIGKILL");
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe("npm start", () => {
  it("serves /api/health ok with an embedded Neo4j, and Ctrl-C leaves no process behind", async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "pg-start-"));
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_DATA_DIR: dataDir, PORT: String(port) };
    for (const name of ["NEO4J_URI", "NEO4J_USERNAME", "NEO4J_DATABASE"]) delete env[name];
    env["NEO4J_PASSWORD"] = "start-test-password";
    env["NEO4J_JVM_OPTS"] = QUICK_START_JVM_FLAGS.join(" ");
    let output = "";
    // Its own process group, so that a signal to the group is what Ctrl-C in a terminal does.
    child = spawn(TSX, ["scripts/start.ts"], { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child?.once("exit", (code) => resolve(code)));
    const pid = child.pid as number;

    const started = Date.now();
    const health = await waitFor("GET /api/health to say ok", 150_000, async () => {
      if (child?.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      const body = (await response.json()) as { status: string; neo4j: { edition: string | null } };
      return body.status === "ok" ? body : undefined;
    }).catch((error: unknown) => {
      throw new Error(`${String(error)}\n--- output of scripts/start.ts ---\n${output}`);
    });
    console.info(`npm start → health ok in ${Date.now() - started} ms`);
    expect(health.neo4j.edition).toBe("community");
    expect(output).toContain(`http://127.0.0.1:${port}/`);

    tree = descendants(pid);
    const jvm = tree.filter((p) => readFileSync(`/proc/${p}/cmdline`, "utf8").includes("EmbeddedNeo4j"));
    expect(jvm).toHaveLength(1);

    process.kill(-pid, "SIGINT");
    expect(await exited).toBe(0);
    // The JVM may take a moment after node has exited: give it time, then insist.
    await waitFor("every process to exit", 30_000, async () => (tree.some(isAlive) ? undefined : true)).catch(() => {});
    expect(tree.filter(isAlive)).toEqual([]);
    expect(output).toContain("Stopping Neo4j");
  }, 240_000);
});
