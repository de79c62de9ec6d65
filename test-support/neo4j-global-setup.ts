// vitest global setup of the integration project: one real Neo4j for the whole run, with the report loaded.
import type { TestProject } from "vitest/node";
import "./provided-context";
import { startTestNeo4j } from "./test-neo4j";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const neo4j = await startTestNeo4j();
  project.provide("neo4j", neo4j.connection);
  return () => neo4j.stop();
}
