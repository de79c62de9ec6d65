/**
 * The example questions in cypher/examples/*.cypher, parsed for the API (/api/queries) and tests.
 * Each file opens with `// Title: …` and `// Question: …`; the rest is the query.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { CYPHER_DIR } from "./cypher-files";

export const EXAMPLES_DIR = path.join(CYPHER_DIR, "examples");

export interface Example {
  /** The file name without .cypher: a stable id. */
  id: string;
  title: string;
  question: string;
  /** The query without its header comments, ready to run. */
  cypher: string;
}

export function parseExample(id: string, text: string): Example {
  const lines = text.split("\n");
  const header = (name: string) => {
    const prefix = `// ${name}:`;
    const line = lines.find((l) => l.startsWith(prefix));
    if (!line) throw new Error(`cypher/examples/${id}.cypher: the first lines must include "${prefix} …"`);
    return line.slice(prefix.length).trim();
  };
  const title = header("Title");
  const question = header("Question");
  const cypher = lines
    .filter((l) => !/^\/\/ (Title|Question):/.test(l))
    .join("\n")
    .trim();
  if (!cypher) throw new Error(`cypher/examples/${id}.cypher has no query`);
  return { id, title, question, cypher };
}

export function listExamples(dir = EXAMPLES_DIR): Example[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".cypher"))
    .sort()
    .map((name) => parseExample(name.slice(0, -".cypher".length), readFileSync(path.join(dir, name), "utf8")));
}
