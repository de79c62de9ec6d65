// `npm run test:reliability`: load, faults, hostile Cypher, fuzzing and bad data against a real Neo4j
// and the API running as its own process. One file at a time: they share the machine's two cores.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "reliability",
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["reliability/**/*.rel.test.ts"],
    globalSetup: ["test-support/neo4j-global-setup.ts"],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
