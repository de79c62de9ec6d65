// Three kinds of test, one runner. Integration and browser tests talk to a real Neo4j that
// their global setup starts (embedded, or NEO4J_URI when given); browser tests drive a real Chromium.
import { defineConfig } from "vitest/config";

// .ci/run sets CI_RESULTS_DIR to add up every runner's counts into one closing line.
const resultsDir = process.env.CI_RESULTS_DIR;

export default defineConfig({
  test: {
    reporters: resultsDir ? ["default", ["json", { outputFile: `${resultsDir}/main.json` }]] : ["default"],
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "seed/test/**/*.test.ts",
            "api/test/**/*.test.ts",
            "web/src/**/*.test.ts",
            "scripts/test/**/*.test.ts",
            "bench/test/**/*.test.ts",
          ],
          exclude: ["**/*.int.test.ts", "**/node_modules/**"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["seed/test/**/*.int.test.ts", "api/test/**/*.int.test.ts", "scripts/test/**/*.int.test.ts"],
          globalSetup: ["test-support/neo4j-global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["web/e2e/**/*.e2e.test.ts"],
          globalSetup: ["test-support/app-global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
