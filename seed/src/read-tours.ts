/**
 * Reads the shipped tours (seed/tours/*.json). Each is parsed with the tour schema; a file that does
 * not parse is an error naming the file, never a silently missing tour.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./read-files";
import { Tour } from "./tour-schema";

export const TOURS_DIR = path.join(REPO_ROOT, "seed", "tours");

export function tourFiles(dir = TOURS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => path.join(dir, name));
}

export function readTourFile(file: string): Tour {
  const parsed = Tour.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(tour)"}: ${issue.message}`);
    throw new Error(`${path.relative(REPO_ROOT, file)} is not a valid tour:\n${issues.join("\n")}`);
  }
  return parsed.data;
}

export function readTours(dir = TOURS_DIR): Tour[] {
  return tourFiles(dir).map(readTourFile);
}
