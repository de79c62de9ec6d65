// vitest global setup of the browser tests: a real Neo4j with the report loaded, and the real API serving
// the built web app (web/dist; `npm run test:e2e` builds it first) on a free port.
import type { TestProject } from "vitest/node";
import { buildApp } from "../api/src/app";
import { loadConfig } from "../api/src/config";
import { neo4jEnv } from "../scripts/local-neo4j";
import "./provided-context";
import { startTestNeo4j } from "./test-neo4j";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const neo4j = await startTestNeo4j();
  try {
    const config = loadConfig({
      ...process.env,
      ...neo4jEnv(neo4j.connection),
      HOST: "127.0.0.1",
      PORT: "0",
      LOG_LEVEL: process.env["LOG_LEVEL"] ?? "warn",
    });
    const app = await buildApp(config);
    try {
      const address = await app.listen({ host: config.HOST, port: 0 });
      project.provide("neo4j", neo4j.connection);
      project.provide("baseURL", address);
      return async () => {
        await app.close();
        await neo4j.stop();
      };
    } catch (error) {
      await app.close();
      throw error;
    }
  } catch (error) {
    await neo4j.stop();
    throw error;
  }
}
