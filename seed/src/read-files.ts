/**
 * Reads dataset YAML files and keeps where every value came from, so a problem can say `file:line`
 * instead of leaving a reviewer to hunt through a thousand-line file.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import { fastParse } from "./yaml-fast";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DATA_DIR = path.join(REPO_ROOT, "seed", "data");

export interface Problem {
  file: string;
  line: number;
  /** Where in the file's structure, e.g. `nodes[3].mentions[0].quote`. */
  path: string;
  message: string;
}

export type PathPart = string | number;

export interface SourceFile {
  /** The path as shown to people: relative to the working directory when inside it. */
  file: string;
  absolutePath: string;
  /** The parsed YAML as plain data (undefined when the file could not be read). */
  data: unknown;
  /** YAML syntax and semantic errors, and unreadable files. */
  problems: Problem[];
  /** The line of the value at `parts`, or of its nearest ancestor that exists (1-based). */
  lineOf(parts: readonly PathPart[]): number;
}

/** The dataset files: every *.yaml / *.yml in seed/data, sorted so loads are deterministic. */
export function defaultDataFiles(dir = DATA_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

export function displayPath(file: string): string {
  const absolute = path.resolve(file);
  const relative = path.relative(process.cwd(), absolute);
  return relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative;
}

export function formatPath(parts: readonly PathPart[]): string {
  let out = "";
  for (const part of parts) out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return out || "(file)";
}

/** Maps character offsets to 1-based line numbers. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

interface AstNode {
  range?: [number, number] | null;
  items?: unknown[];
}
interface AstPair {
  key?: { value?: unknown; range?: [number, number] | null } | null;
  value?: AstNode | null;
}

function isAstNode(value: unknown): value is AstNode {
  return typeof value === "object" && value !== null;
}

/** One step down the YAML AST: a sequence index or a map key. Returns the child and the key's offset. */
function child(node: AstNode, part: PathPart): { node: AstNode | null; keyOffset?: number } | undefined {
  const items = node.items;
  if (!Array.isArray(items)) return undefined;
  if (typeof part === "number") {
    const item: unknown = items[part];
    return isAstNode(item) ? { node: item } : undefined;
  }
  for (const item of items as AstPair[]) {
    if (item && item.key && String(item.key.value) === part) {
      const keyOffset = item.key.range?.[0];
      return keyOffset === undefined ? { node: item.value ?? null } : { node: item.value ?? null, keyOffset };
    }
  }
  return undefined;
}

export function readSourceFile(file: string): SourceFile {
  const absolutePath = path.resolve(file);
  const shown = displayPath(file);
  let text: string;
  try {
    text = readFileSync(absolutePath, "utf8");
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      file: shown,
      absolutePath,
      data: undefined,
      problems: [{ file: shown, line: 1, path: "(file)", message: `cannot read file: ${message}` }],
      lineOf: () => 1,
    };
  }
  const fast = fastParse(text);
  if (fast) {
    // Valid YAML: positions are worked out only if a message needs one (most loads need none).
    let located: ((parts: readonly PathPart[]) => number) | undefined;
    const lineOf = (parts: readonly PathPart[]) => (located ??= yamlDocument(shown, text).lineOf)(parts);
    return { file: shown, absolutePath, data: fast.data, problems: [], lineOf };
  }
  const { data, problems, lineOf } = yamlDocument(shown, text);
  return { file: shown, absolutePath, data, problems, lineOf };
}

/** The `yaml` package's reading of a file: its errors with their lines, and the line of any value. */
function yamlDocument(shown: string, text: string): Pick<SourceFile, "data" | "problems" | "lineOf"> {
  const toLine = lineIndex(text);
  const doc = YAML.parseDocument(text, { prettyErrors: true });
  const problems: Problem[] = doc.errors.map((error) => ({
    file: shown,
    line: error.linePos?.start.line ?? (error.range ? toLine(error.range.start) : 1),
    path: "(yaml)",
    message: `YAML: ${(error.message.split(" at line ")[0] ?? error.message).trim()}`,
  }));
  const root = doc.contents as AstNode | null;
  const lineOf = (parts: readonly PathPart[]): number => {
    let node: AstNode | null = root;
    let offset = root?.range?.[0] ?? 0;
    for (const part of parts) {
      if (!node) break;
      const next = child(node, part);
      if (!next) break;
      const start = next.node?.range?.[0] ?? next.keyOffset;
      if (start === undefined) break;
      // A value on the line after its key (a block) is best reported at the key.
      offset = next.keyOffset ?? start;
      node = next.node;
    }
    return toLine(offset);
  };
  return { data: problems.length ? undefined : doc.toJSON(), problems, lineOf };
}

/** A directory stands for its *.yaml files, so `seed:check -- other-partnership/` works. */
export function expandFiles(files?: readonly string[]): string[] {
  if (!files || files.length === 0) return defaultDataFiles();
  return files.flatMap((file) => (isDirectory(file) ? defaultDataFiles(file) : [file]));
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

export function readSourceFiles(files?: readonly string[]): SourceFile[] {
  return expandFiles(files).map(readSourceFile);
}
