/** The loader's Cypher lives in cypher/ like every other query, read from disk by name. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./read-files";

export const CYPHER_DIR = path.join(REPO_ROOT, "cypher");

export function readQuery(name: string): string {
  return readFileSync(path.join(CYPHER_DIR, "queries", `${name}.cypher`), "utf8");
}

/** The statements of a script such as schema.cypher: split on `;` at line ends, comments dropped. */
export function splitStatements(script: string): string[] {
  return script
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

export function schemaStatements(): string[] {
  return splitStatements(readFileSync(path.join(CYPHER_DIR, "schema.cypher"), "utf8"));
}
