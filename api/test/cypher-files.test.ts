// Every query file the API owns is read by some route: no dead Cypher. (A route naming a missing file
// fails at its first request, which the integration tests make.)
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { QUERIES_DIR } from "../src/neo4j/cypher-files";

const SRC = path.join(import.meta.dirname, "..", "src");
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(path.join(dir, entry.name)) : [readFileSync(path.join(dir, entry.name), "utf8")],
  );

describe("cypher/queries", () => {
  const code = sources(SRC).join("\n");
  const names = readdirSync(QUERIES_DIR)
    .filter((file) => file.endsWith(".cypher") && !file.startsWith("seed-"))
    .map((file) => file.slice(0, -".cypher".length));

  it.each(names)("%s.cypher is used by the API", (name) => {
    expect(code).toContain(`"${name}"`);
  });
});
