/**
 * Saves graphs shaped like /api/graph's answer, so the explorer can be measured and profiled again and
 * again (bench/web/profile-app.ts) without a Neo4j each time: the report's as the real API serves it,
 * synthetic ones straight from the generator with the API's metrics (loading 20k nodes into Neo4j
 * takes minutes on this machine; the picture does not depend on where the graph came from).
 * Usage: npx tsx bench/web/capture-graphs.ts [outDir] [sizes, e.g. 1000,5000,20000]
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { computeMetrics } from "../../api/src/graph/compute-metrics";
import { generateSynthetic } from "@pg/seed/synthetic";
import { clearDatabase, connect, loadFiles } from "../lib/data";
import { REPO_ROOT, startApi, startNeo4j } from "../lib/stack";
import { datasetAsGraph } from "../lib/synthetic-graph";

const outDir = process.argv[2] ?? join(REPO_ROOT, ".data", "web-graphs");
const sizes = (process.argv[3] ?? "1000,5000,20000").split(",").map(Number);
const work = join(REPO_ROOT, ".data", `capture-${process.pid}`);

async function main() {
  await mkdir(outDir, { recursive: true });
  for (const size of sizes) {
    const dataset = generateSynthetic({ nodes: size, seed: 1, edgesPerNode: 2 });
    const graph = datasetAsGraph(dataset);
    const source = new Map(dataset.nodes.map((n) => [n.id, n]));
    const metrics = computeMetrics(graph).nodes;
    const nodes = graph.nodes.map((n) => {
      const {
        id: _id,
        type: _type,
        name: _name,
        summary: _summary,
        mentions: _mentions,
        ...properties
      } = source.get(n.id) ?? {};
      return { ...n, properties, metrics: metrics[n.id] };
    });
    const body = JSON.stringify({ nodes, relationships: graph.relationships, version: `synthetic-${size}` });
    await writeFile(join(outDir, `synthetic-${size}.json`), body);
    console.log(`synthetic-${size}`, `${(body.length / 1e6).toFixed(1)} MB`);
  }
  if (process.argv.includes("--no-report")) return;
  const neo = await startNeo4j(join(work, "neo4j"));
  const driver = connect(neo);
  try {
    const save = async (name: string) => {
      await clearDatabase(driver);
      await loadFiles(driver);
      const api = await startApi(neo);
      try {
        const body = await (await fetch(`${api.url}/api/graph`)).text();
        await writeFile(join(outDir, `${name}.json`), body);
        console.log(name, `${(body.length / 1e6).toFixed(1)} MB`);
      } finally {
        await api.stop();
      }
    };
    await save("report");
  } finally {
    await driver.close();
    await neo.stop();
    await rm(work, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
