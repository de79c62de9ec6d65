// `npm start`: Neo4j (embedded unless NEO4J_URI names one), the schema and the report dataset, then the
// app on HOST:PORT. Ctrl-C closes the app, then stops the Neo4j it started: no JVM or node process is left.
import type { FastifyInstance } from "fastify";
import { buildApp } from "../api/src/app";
import { loadConfig } from "../api/src/config";
import { JavaMissingError } from "./java";
import { neo4jEnv, seed, startLocalNeo4j, type Neo4jTarget } from "./local-neo4j";
import type { EmbeddedNeo4j } from "./neo4j-embedded";

const say = (line: string) => process.stdout.write(`${line}\n`);
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

// A quiet console by default; LOG_LEVEL=info shows every request.
const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: process.env["LOG_LEVEL"] ?? "warn" };
// Parse early: a typo in PORT should fail before a JVM starts, not after.
loadConfig(env);

// A promise, so that Ctrl-C while Neo4j is still starting waits for it and then stops it.
let serverStart: Promise<EmbeddedNeo4j> | undefined;
let app: FastifyInstance | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  stopping = true;
  try {
    await app?.close();
  } catch (error) {
    console.error("Closing the app failed:", error);
  }
  const server = await serverStart?.catch(() => undefined);
  if (server) {
    say("Stopping Neo4j …");
    await server.stop();
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) {
      say("Still stopping; Neo4j is writing its last checkpoint.");
      return;
    }
    say(`\n${signal}: shutting down …`);
    void shutdown(0);
  });
}

try {
  let target: Neo4jTarget;
  const external = env["NEO4J_URI"];
  if (external) {
    target = {
      uri: external,
      username: env["NEO4J_USERNAME"] ?? "neo4j",
      password: env["NEO4J_PASSWORD"] ?? "",
      database: env["NEO4J_DATABASE"] ?? "neo4j",
    };
    say(`Using the Neo4j at ${external} (NEO4J_URI).`);
  } else {
    say("Starting the embedded Neo4j (no NEO4J_URI given) …");
    const localStart = startLocalNeo4j({ env });
    serverStart = localStart.then((local) => local.server);
    serverStart.catch(() => {});
    const local = await localStart;
    target = local.target;
    say(`Neo4j is up at ${target.uri} (${seconds()}); user neo4j, password in NEO4J_PASSWORD or .data/neo4j-password.`);
  }
  // Shutting down already: let shutdown() finish instead of going on.
  if (stopping) await new Promise(() => {});

  const loaded = await seed(target, serverStart !== undefined);
  say(`Loaded the report dataset: ${loaded.nodes} nodes, ${loaded.relationships} relationships (${seconds()}).`);
  if (stopping) await new Promise(() => {});

  const config = loadConfig({ ...env, ...neo4jEnv(target) });
  app = await buildApp(config);
  await app.listen({ host: config.HOST, port: config.PORT });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  const host = config.HOST.includes(":") ? `[${config.HOST}]` : config.HOST;
  say(`\npartnership-graph is ready at http://${host}:${port}/ (${seconds()}). Press Ctrl-C to stop.`);
} catch (error) {
  if (error instanceof JavaMissingError) console.error(`\n${error.message}\n`);
  else console.error("\nCould not start partnership-graph:", error);
  await shutdown(1);
}
