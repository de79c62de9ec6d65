/**
 * Every query the API runs lives in cypher/queries/<name>.cypher. They are read once at start-up,
 * so a missing file fails fast rather than on the first request that needs it.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const QUERIES_DIR = path.join(REPO_ROOT, "cypher", "queries");

export type CypherFiles = (name: string) => string;

export function loadCypherFiles(dir = QUERIES_DIR): CypherFiles {
  const queries = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    if (!file.endsWith(".cypher")) continue;
    queries.set(file.slice(0, -".cypher".length), readFileSync(path.join(dir, file), "utf8"));
  }
  return (name) => {
    const text = queries.get(name);
    if (text === undefined) throw new Error(`cypher/queries/${name}.cypher is missing`);
    return text;
  };
}
