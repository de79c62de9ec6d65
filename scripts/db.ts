// `npm run db`: the embedded Neo4j in the foreground, on NEO4J_URI's host and port (default
// bolt://127.0.0.1:7687), with NEO4J_PASSWORD (or the generated one in .data/neo4j-password) for user neo4j.
// Load the dataset into it from another terminal with `npm run seed`.
import path from "node:path";
import { JavaMissingError } from "./java";
import { PASSWORD_FILE, REPO_ROOT, listenAddress, localDataDir, startLocalNeo4j } from "./local-neo4j";

async function main(): Promise<void> {
  const { host, port } = listenAddress(process.env["NEO4J_URI"]);
  console.log(`Starting the embedded Neo4j (data in ${path.relative(REPO_ROOT, localDataDir()) || "."}) …`);
  const started = Date.now();
  const localStart = startLocalNeo4j({ host, port });
  // A promise, so that Ctrl-C while Neo4j is still starting waits for it and then stops it.
  const serverStart = localStart.then((local) => local.server);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping Neo4j …");
    await (await serverStart.catch(() => undefined))?.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());

  const local = await localStart;
  if (stopping) return;
  const password = process.env["NEO4J_PASSWORD"]
    ? "$NEO4J_PASSWORD"
    : `$(cat ${path.relative(process.cwd(), PASSWORD_FILE)})`;
  console.log(`Neo4j 5.26 Community is running at ${local.target.uri} (${Date.now() - started} ms). Ctrl-C stops it.`);
  console.log("Load the report dataset into it from another terminal:");
  console.log(`  NEO4J_URI=${local.target.uri} NEO4J_PASSWORD="${password}" npm run seed`);
}

main().catch((error: unknown) => {
  console.error(error instanceof JavaMissingError ? error.message : error);
  process.exit(1);
});
