// `npm run dev`: Neo4j (embedded unless NEO4J_URI is set) with the dataset loaded, the API restarting on
// changes (tsx watch) on API_PORT (default 3000), and Vite's dev server on VITE_PORT (default 5173), which
// proxies /api to the API.
// Ctrl-C stops Vite and the API, then Neo4j.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { JavaMissingError } from "./java";
import { REPO_ROOT, neo4jEnv, seed, startLocalNeo4j, type Neo4jTarget } from "./local-neo4j";
import type { EmbeddedNeo4j } from "./neo4j-embedded";

// A workspace may hold its own copy of a tool (web/ pins its Vite), so look there first.
const bin = (name: string, workspace = ".") =>
  [
    path.join(REPO_ROOT, workspace, "node_modules", ".bin", name),
    path.join(REPO_ROOT, "node_modules", ".bin", name),
  ].find((candidate) => existsSync(candidate)) ?? name;
const children: ChildProcess[] = [];
let serverStart: Promise<EmbeddedNeo4j> | undefined;
let stopping = false;

function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd = REPO_ROOT): ChildProcess {
  // Own process groups, so that Ctrl-C reaches only us and we stop things in order.
  const child = spawn(command, args, { cwd, env, stdio: "inherit", detached: true });
  children.push(child);
  child.once("error", (error) => {
    console.error(`Could not start ${name}: ${error.message}`);
    if (!stopping) void shutdown(1);
  });
  child.once("exit", (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited (${signal ?? code}); stopping the rest.`);
      void shutdown(1);
    }
  });
  return child;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  const force = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 10_000);
  await exited;
  clearTimeout(force);
}

async function shutdown(code: number): Promise<never> {
  stopping = true;
  await Promise.all(children.map(stopChild));
  const server = await serverStart?.catch(() => undefined);
  if (server) {
    console.log("Stopping Neo4j …");
    await server.stop();
  }
  process.exit(code);
}

// Even if this process dies of a bug, its children in their own groups must not outlive it.
process.once("exit", () => {
  for (const child of children) {
    if (child.pid && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    }
  }
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (!stopping) void shutdown(0);
  });
}

try {
  let target: Neo4jTarget;
  const external = process.env["NEO4J_URI"];
  if (external) {
    target = {
      uri: external,
      username: process.env["NEO4J_USERNAME"] ?? "neo4j",
      password: process.env["NEO4J_PASSWORD"] ?? "",
      database: process.env["NEO4J_DATABASE"] ?? "neo4j",
    };
  } else {
    console.log("Starting the embedded Neo4j (no NEO4J_URI given) …");
    const localStart = startLocalNeo4j();
    serverStart = localStart.then((local) => local.server);
    serverStart.catch(() => {});
    target = (await localStart).target;
    console.log(`Neo4j is up at ${target.uri}.`);
  }
  if (stopping) await new Promise(() => {});
  const loaded = await seed(target, serverStart !== undefined);
  console.log(`Loaded the report dataset: ${loaded.nodes} nodes, ${loaded.relationships} relationships.`);
  if (stopping) await new Promise(() => {});

  const apiPort = process.env["API_PORT"] ?? "3000";
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...neo4jEnv(target),
    HOST: "127.0.0.1",
    PORT: apiPort,
    API_PORT: apiPort,
  };
  run("The API", bin("tsx"), ["watch", "--clear-screen=false", "api/src/main.ts"], env);
  run(
    "Vite",
    bin("vite", "web"),
    ["--host", "127.0.0.1", "--port", process.env["VITE_PORT"] ?? "5173"],
    env,
    path.join(REPO_ROOT, "web"),
  );
} catch (error) {
  console.error(error instanceof JavaMissingError ? error.message : error);
  await shutdown(1);
}
