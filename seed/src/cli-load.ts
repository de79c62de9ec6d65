/**
 * `npm run seed [-- FILES|DIRS] [--replace] [--batch-size N]`: checks the dataset, then loads it in one transaction
 * into the Neo4j named by NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE.
 */
import neo4j from "neo4j-driver";
import { z } from "zod";
import { formatProblem } from "./check";
import { DatasetInvalidError, loadDataset } from "./load";
import { NEO4J_URI_RULE, neo4jLogin, neo4jUri } from "./neo4j-env";

const Env = z.object({
  NEO4J_URI: neo4jUri({
    rule: `NEO4J_URI ${NEO4J_URI_RULE}`,
    missing: "NEO4J_URI is not set: point it at a Neo4j 5.26 (e.g. bolt://127.0.0.1:7687), or run `npm run db`",
  }),
  ...neo4jLogin,
  NEO4J_DATABASE: z.string().min(1).optional(),
});

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const replace = args.includes("--replace");
  let batchSize: number | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--replace") continue;
    if (arg === "--batch-size") {
      batchSize = Number(args[++i]);
      if (!Number.isInteger(batchSize) || batchSize < 1) {
        console.error("seed: --batch-size needs a positive whole number of rows");
        return 2;
      }
    } else if (arg.startsWith("--")) {
      console.error(`seed: unknown option ${arg} (usage: npm run seed -- [FILES|DIRS…] [--replace] [--batch-size N])`);
      return 2;
    } else files.push(arg);
  }
  const env = Env.safeParse(process.env);
  if (!env.success) {
    for (const issue of env.error.issues) console.error(`seed: ${issue.message}`);
    return 2;
  }
  const { NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE } = env.data;
  const driver = neo4j.driver(NEO4J_URI, neo4j.auth.basic(NEO4J_USERNAME, NEO4J_PASSWORD));
  try {
    const started = performance.now();
    const result = await loadDataset(driver, {
      files,
      replace,
      ...(batchSize ? { batchSize } : {}),
      ...(NEO4J_DATABASE ? { database: NEO4J_DATABASE } : {}),
    });
    const removed = result.deleted
      ? `; removed ${result.deleted.nodes} nodes and ${result.deleted.relationships} relationships no longer in the files`
      : "";
    const ms = Math.round(performance.now() - started);
    console.log(
      `seed: loaded ${result.nodes} nodes and ${result.relationships} relationships into ${NEO4J_URI} in ${ms} ms` +
        `${removed} (dataset version ${result.version}, hash ${result.hash.slice(0, 12)})`,
    );
    return 0;
  } catch (error) {
    if (error instanceof DatasetInvalidError) {
      for (const problem of error.problems) console.error(formatProblem(problem));
      console.error(`\nseed: ${error.problems.length} problem(s); nothing was written. Fix them (npm run seed:check).`);
      return 1;
    }
    console.error(`seed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await driver.close();
  }
}

process.exitCode = await main();
