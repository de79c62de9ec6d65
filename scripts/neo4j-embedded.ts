// Starts Neo4j Community embedded in a child JVM (neo4j/), for when no NEO4J_URI names a server.
import { spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { requireJava } from "./java";
import { MAIN_CLASS, ensureNeo4jBuilt } from "./neo4j-build";

export interface EmbeddedNeo4jOptions {
  /** Bolt port; a free one is picked when omitted. */
  port?: number;
  /** Only loopback makes sense for a database whose one user has a password kept in a file. */
  host?: string;
  dataDir: string;
  /** Password of user neo4j, set on every start; at least 8 characters. */
  password: string;
  /** Receives the JVM's output lines and the build's progress; build progress goes to stderr otherwise. */
  onLog?: (line: string) => void;
  /** More JVM flags, after the defaults (so they win); NEO4J_JVM_OPTS adds more still, last. */
  jvmArgs?: string[];
  /** How long to wait for Bolt once the JVM runs. */
  startTimeoutMs?: number;
}

export interface EmbeddedNeo4j {
  uri: string;
  username: string;
  password: string;
  /** The JVM's process id, so a caller can check that nothing is left behind. */
  pid: number;
  /** SIGTERM, then wait for Neo4j's clean shutdown (SIGKILL after a timeout). Safe to call twice. */
  stop(): Promise<void>;
}

// The flags Neo4j 5's own neo4j.conf passes on Java 17+: its page cache and Netty need these packages open.
export const NEO4J_JVM_FLAGS = [
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dlog4j2.disable.jmx=true",
  "-Dfile.encoding=UTF-8",
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+DisableExplicitGC",
  // Enough for the page cache's bookkeeping, the query caches and a small dataset on a shared laptop.
  "-Xms256m",
  "-Xmx512m",
];

/**
 * For throw-away databases (tests): only the C1 JIT. Neo4j's start costs about half the CPU time then,
 * which counts on a shared 2-core machine; long-running servers keep the default tiered JIT.
 */
export const QUICK_START_JVM_FLAGS = ["-XX:TieredStopAtLevel=1"];

const READY = /^NEO4J_READY (bolt:\/\/\S+)$/;
const STOP_TIMEOUT_MS = 30_000;

export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const java = requireJava();
  if (options.password.length < 8) throw new Error("The Neo4j password must have at least 8 characters");
  const classpath = await ensureNeo4jBuilt(options.onLog);
  const dataDir = path.resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const host = options.host ?? "127.0.0.1";
  const args = [
    ...NEO4J_JVM_FLAGS,
    ...(options.jvmArgs ?? []),
    ...(process.env["NEO4J_JVM_OPTS"]?.split(/\s+/).filter(Boolean) ?? []),
    "-cp",
    classpath,
    MAIN_CLASS,
    "--data-dir",
    dataDir,
    "--host",
    host,
    "--port",
    String(options.port ?? 0),
    "--exit-on-stdin-eof",
  ];
  const child = spawn(java, args, {
    // The password travels in the environment, not on the command line where `ps` would show it.
    env: { ...process.env, NEO4J_PASSWORD: options.password },
    // stdin stays open as a lifeline: if this process dies, even by SIGKILL, the JVM sees EOF and shuts down.
    stdio: ["pipe", "pipe", "pipe"],
    // Its own process group: Ctrl-C reaches only us, and we stop Neo4j after the app that uses it.
    detached: true,
  });
  const pid = child.pid;
  if (pid === undefined) {
    await new Promise((resolve) => child.once("error", resolve));
    throw new Error(`Could not start ${java}`);
  }

  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  // Last words of the JVM, for the error message when it dies before it is ready.
  const tail: string[] = [];
  const onLine = (line: string) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
    options.onLog?.(line);
  };
  createInterface({ input: child.stderr }).on("line", onLine);
  const stdout = createInterface({ input: child.stdout });

  const killOnExit = () => child.kill("SIGTERM");
  process.once("exit", killOnExit);

  const ready = new Promise<string>((resolve) => {
    stdout.on("line", (line) => {
      const match = READY.exec(line);
      if (match?.[1]) resolve(match[1]);
      else onLine(line);
    });
  });
  const timeoutMs = options.startTimeoutMs ?? 180_000;
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    ready.then((uri) => ({ kind: "ready" as const, uri })),
    exited.then((code) => ({ kind: "exited" as const, code })),
    new Promise<{ kind: "timeout" }>((resolve) => (timer = setTimeout(() => resolve({ kind: "timeout" }), timeoutMs))),
  ]);
  clearTimeout(timer);

  const stop = async (): Promise<void> => {
    if (!hasExited) {
      child.kill("SIGTERM");
      const force = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(force);
    }
    process.removeListener("exit", killOnExit);
  };

  if (outcome.kind !== "ready") {
    await stop();
    const why = outcome.kind === "exited" ? `exited with code ${outcome.code}` : `was not ready after ${timeoutMs} ms`;
    throw new Error(`Embedded Neo4j (data in ${dataDir}) ${why}. Its last output:\n${tail.join("\n")}`);
  }
  return { uri: outcome.uri, username: "neo4j", password: options.password, pid, stop };
}
