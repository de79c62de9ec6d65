/**
 * The pieces a benchmark or a reliability test stands up: an embedded Neo4j of its own, and the API
 * as a separate process, the way users run it, so that load generators in this process do not share
 * its event loop.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { neo4jEnv } from "../../scripts/local-neo4j";
import { inspectorCall } from "./inspector";
import { startEmbeddedNeo4j } from "../../scripts/neo4j-embedded";

export const REPO_ROOT = resolve(fileURLToPath(import.meta.url), "../../..");

export interface Neo4jHandle {
  uri: string;
  username: string;
  password: string;
  database: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolvePort(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/**
 * A Neo4j that takes the loader's largest benchmark dataset (100k nodes, 300k relationships) in ONE
 * transaction, as `npm run seed` loads: about 1 GB of transaction state, so a bigger heap and
 * transaction memory cap than the 512 MB heap / 128 MB per transaction that `npm start` runs with.
 */
export const BULK_LOAD_JVM_ARGS = [
  "-Xmx3g",
  "-Dpartnershipgraph.txMaxMb=2048",
  "-Dpartnershipgraph.txTotalMaxMb=2048",
  "-Dpartnershipgraph.txTimeoutSeconds=900",
];

export async function startNeo4j(
  dataDir: string,
  port?: number,
  password = "bench-password-1",
  jvmArgs: string[] = [],
): Promise<Neo4jHandle> {
  const neo4j = await startEmbeddedNeo4j({ port: port ?? (await freePort()), dataDir, password, jvmArgs });
  return { ...neo4j, database: "neo4j" };
}

export interface ApiHandle {
  url: string;
  child: ChildProcess;
  /** Everything the API wrote, for a failing test to show. */
  output: () => string;
  rssKb: () => Promise<number>;
  /** A full garbage collection in the API process; only when started with `{ inspect: true }`. */
  collectGarbage: () => Promise<void>;
  stop(): Promise<void>;
}

export interface ApiOptions {
  /** Open the V8 inspector on a free local port, so that a test can collect the API's garbage. */
  inspect?: boolean;
}

export async function startApi(
  neo4j: Omit<Neo4jHandle, "stop">,
  env: Record<string, string> = {},
  options: ApiOptions = {},
): Promise<ApiHandle> {
  const port = await freePort();
  const inspectPort = options.inspect ? await freePort() : undefined;
  const inspectArgs = inspectPort ? [`--inspect=127.0.0.1:${inspectPort}`] : [];
  let output = "";
  const child = spawn(process.execPath, [...inspectArgs, "--import", "tsx", "api/src/main.ts"], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      ...neo4jEnv(neo4j),
      HOST: "127.0.0.1",
      PORT: String(port),
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the API did not answer within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    output: () => output,
    rssKb: () => rssKb(child.pid),
    collectGarbage: async () => {
      if (!inspectPort) throw new Error("the API was started without { inspect: true }");
      await inspectorCall(inspectPort, "HeapProfiler.collectGarbage");
    },
    stop: () => stopChild(child),
  };
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Resident memory of a process, from /proc (Linux), in KB. */
export async function rssKb(pid: number | undefined): Promise<number> {
  if (!pid) return Number.NaN;
  const { readFile } = await import("node:fs/promises");
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const match = /VmRSS:\s+(\d+)\s+kB/.exec(status);
  return match?.[1] ? Number(match[1]) : Number.NaN;
}
