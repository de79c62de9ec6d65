// `npm run test:reliability`: load, faults, hostile Cypher, fuzzing and bad data against a real Neo4j
// and the API running as its own process. One file at a time: they share the machine's two cores.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// .ci/run sets CI_RESULTS_DIR to add up every runner's counts into one closing line.
const resultsDir = process.env.CI_RESULTS_DIR;

export default defineConfig({
  test: {
    reporters: resultsDir ? ["default", ["json", { outputFile: `${resultsDir}/reliability.json` }]] : ["default"],
    name: "reliability",
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["reliability/**/*.rel.test.ts"],
    globalSetup: ["test-support/neo4j-global-setup.ts"],
    fileParallelism: false,
    // The load test asks the API's inspector for a full collection over a WebSocket (global in Node 22).
    execArgv: ["--experimental-websocket"],
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
