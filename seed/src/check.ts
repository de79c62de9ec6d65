/**
 * seed:check — everything that can be wrong with a dataset, each problem with the file and line
 * where a reviewer fixes it. The loader refuses to write anything while this finds a problem.
 */
import type { z } from "zod";
import {
  DATA_DIR,
  displayPath,
  formatPath,
  readSourceFiles,
  type PathPart,
  type Problem,
  type SourceFile,
} from "./read-files";
import { ReportText } from "./report-text";
import { NODE_TYPES, Node, RELATIONSHIP_ENDS, Relationship, type Dataset, type NodeType } from "./schema";

export type { Problem } from "./read-files";

/** Where a node or relationship was written, for messages. */
export interface Origin {
  file: string;
  line: number;
}

export interface AnalysedDataset {
  dataset: Dataset;
  problems: Problem[];
  files: string[];
}

export interface CheckOptions {
  /** The report the quotes must come from; defaults to REPORT_PATH or ../shared/report/… */
  reportPath?: string;
  report?: ReportText;
}

export class DatasetInvalidError extends Error {
  constructor(readonly problems: Problem[]) {
    const shown = problems.slice(0, 20).map(formatProblem).join("\n");
    const more = problems.length > 20 ? `\n… and ${problems.length - 20} more` : "";
    super(`The dataset has ${problems.length} problem(s); nothing was written:\n${shown}${more}`);
    this.name = "DatasetInvalidError";
  }
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}  ${problem.path}  ${problem.message}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function valueAt(raw: unknown, parts: readonly PathPart[]): unknown {
  let value = raw;
  for (const part of parts) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PathPart, unknown>)[part];
  }
  return value;
}

function zodProblems(source: SourceFile, prefix: PathPart[], raw: unknown, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const inner = issue.path.filter((p): p is PathPart => typeof p !== "symbol");
    let parts: PathPart[] = [...prefix, ...inner];
    let message = issue.message;
    // Point at the offending key itself, not at the object that holds it.
    if (issue.code === "unrecognized_keys" && issue.keys[0] !== undefined) parts = [...parts, issue.keys[0]];
    if (issue.code === "invalid_value" || issue.code === "invalid_format") {
      const got = valueAt(raw, inner);
      if (got !== undefined) message = `${JSON.stringify(got)}: ${message}`;
    }
    return { file: source.file, line: source.lineOf(parts), path: formatPath(parts), message };
  });
}

interface Located<T> {
  value: T;
  source: SourceFile;
  parts: PathPart[];
}

/** Parses every file element by element, so one bad node does not hide the problems of the others. */
function parseFiles(sources: SourceFile[]) {
  const problems: Problem[] = [];
  const nodes: Located<Node>[] = [];
  const relationships: Located<Relationship>[] = [];
  /** Ids of nodes that failed the schema: not "unknown" to relationships, to avoid cascades of errors. */
  const invalidNodeIds = new Map<string, NodeType | undefined>();
  for (const source of sources) {
    problems.push(...source.problems);
    if (source.problems.length) continue;
    const data = source.data ?? {};
    if (!isRecord(data)) {
      problems.push({
        file: source.file,
        line: 1,
        path: "(file)",
        message: "expected a mapping with `nodes` and `relationships`",
      });
      continue;
    }
    for (const key of Object.keys(data)) {
      if (key !== "nodes" && key !== "relationships")
        problems.push({
          file: source.file,
          line: source.lineOf([key]),
          path: key,
          message: `unknown top-level key "${key}" (expected nodes, relationships)`,
        });
    }
    for (const key of ["nodes", "relationships"] as const) {
      const list = data[key] ?? [];
      if (!Array.isArray(list)) {
        problems.push({ file: source.file, line: source.lineOf([key]), path: key, message: `${key} must be a list` });
        continue;
      }
      list.forEach((raw: unknown, index) => {
        const parts: PathPart[] = [key, index];
        if (key === "nodes") {
          const parsed = Node.safeParse(raw);
          if (parsed.success) nodes.push({ value: parsed.data, source, parts });
          else {
            problems.push(...zodProblems(source, parts, raw, parsed.error));
            if (isRecord(raw) && typeof raw.id === "string") {
              const type = NODE_TYPES.find((t) => t === raw.type);
              invalidNodeIds.set(raw.id, type);
            }
          }
        } else {
          const parsed = Relationship.safeParse(raw);
          if (parsed.success) relationships.push({ value: parsed.data, source, parts });
          else problems.push(...zodProblems(source, parts, raw, parsed.error));
        }
      });
    }
  }
  return { problems, nodes, relationships, invalidNodeIds };
}

export function analyseDataset(files?: readonly string[], options: CheckOptions = {}): AnalysedDataset {
  const sources = readSourceFiles(files);
  const { problems, nodes, relationships, invalidNodeIds } = parseFiles(sources);
  // An empty directory is a mistake, and loading it with --replace would empty the database.
  if (sources.length === 0)
    problems.push({
      file: files?.length ? files.map(displayPath).join(", ") : displayPath(DATA_DIR),
      line: 1,
      path: "(files)",
      message: "no dataset files (*.yaml, *.yml) found",
    });
  const report = options.report ?? ReportText.read(options.reportPath);
  const at = (item: Located<unknown>, ...more: PathPart[]): Problem => {
    const parts = [...item.parts, ...more];
    return { file: item.source.file, line: item.source.lineOf(parts), path: formatPath(parts), message: "" };
  };
  const problem = (item: Located<unknown>, more: PathPart[], message: string) =>
    problems.push({ ...at(item, ...more), message });
  const originOf = (item: Located<unknown>): Origin => ({
    file: item.source.file,
    line: item.source.lineOf(item.parts),
  });

  const byId = new Map<string, Located<Node>>();
  for (const node of nodes) {
    const first = byId.get(node.value.id);
    if (first) {
      const where = originOf(first);
      problem(node, ["id"], `duplicate id "${node.value.id}" (first defined at ${where.file}:${where.line})`);
    } else byId.set(node.value.id, node);
  }
  const typeOf = (id: string): NodeType | undefined => byId.get(id)?.value.type ?? invalidNodeIds.get(id);
  const exists = (id: string) => byId.has(id) || invalidNodeIds.has(id);

  const sectionNumbers = new Map<string, Located<Node>>();
  for (const node of nodes) {
    if (node.value.type !== "Section") continue;
    const first = sectionNumbers.get(node.value.number);
    if (first && byId.get(node.value.id) === node) {
      const where = originOf(first);
      problem(
        node,
        ["number"],
        `section number "${node.value.number}" already belongs to "${first.value.id}" (${where.file}:${where.line})`,
      );
    } else if (!first) sectionNumbers.set(node.value.number, node);
    if (!report.containsHeading(node.value.title))
      problem(node, ["title"], `section title "${node.value.title}" is not a heading in the report`);
  }
  const knownSection = (section: string) => sectionNumbers.has(section);

  const checkQuote = (item: Located<unknown>, more: PathPart[], quote: string) => {
    if (!report.containsQuote(quote))
      problem(item, more, `quote not found verbatim in the report: "${truncate(quote)}"`);
  };

  for (const node of nodes) {
    const { value } = node;
    if (value.type !== "Section" && value.mentions.length === 0)
      problem(node, ["mentions"], `node "${value.id}" has no mention (every node needs a section and a quote)`);
    value.mentions.forEach((mention, index) => {
      if (!knownSection(mention.section))
        problem(node, ["mentions", index, "section"], `section "${mention.section}" names no Section node`);
      checkQuote(node, ["mentions", index, "quote"], mention.quote);
    });
  }

  for (const rel of relationships) {
    const { value } = rel;
    const [fromTypes, toTypes] = RELATIONSHIP_ENDS[value.type] as readonly [readonly NodeType[], readonly NodeType[]];
    for (const end of ["from", "to"] as const) {
      const id = value[end];
      if (!exists(id)) {
        problem(rel, [end], `${value.type} ${end} unknown id "${id}"`);
        continue;
      }
      const type = typeOf(id);
      const allowed = end === "from" ? fromTypes : toTypes;
      if (type && !allowed.includes(type))
        problem(
          rel,
          [end],
          `${value.type} cannot ${end === "from" ? "start at" : "end at"} ${type} "${id}" (allowed: ${allowed.join(", ")})`,
        );
    }
    if (!knownSection(value.section)) problem(rel, ["section"], `section "${value.section}" names no Section node`);
    checkQuote(rel, ["quote"], value.quote);
    if (value.type === "KNOWLEDGE_FLOW") {
      if (value.channel !== undefined) expectType(rel, ["channel"], value.channel, "Channel");
      if (value.knowledge !== undefined) expectType(rel, ["knowledge"], value.knowledge, "Knowledge");
      value.hinderedBy?.forEach((id, index) => expectType(rel, ["hinderedBy", index], id, "Weakness"));
    } else {
      if (value.channel !== undefined) problem(rel, ["channel"], "only a KNOWLEDGE_FLOW carries `channel`");
      if (value.knowledge !== undefined) problem(rel, ["knowledge"], "only a KNOWLEDGE_FLOW carries `knowledge`");
      if (value.hinderedBy !== undefined) problem(rel, ["hinderedBy"], "only a KNOWLEDGE_FLOW carries `hinderedBy`");
    }
  }

  function expectType(item: Located<unknown>, more: PathPart[], id: string, wanted: NodeType) {
    if (!exists(id)) problem(item, more, `unknown id "${id}" (expected a ${wanted})`);
    else {
      const type = typeOf(id);
      if (type && type !== wanted) problem(item, more, `"${id}" is a ${type}, expected a ${wanted}`);
    }
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.path.localeCompare(b.path));
  return {
    dataset: { nodes: [...byId.values()].map((n) => n.value), relationships: relationships.map((r) => r.value) },
    problems,
    files: sources.map((s) => s.file),
  };
}

export function checkDataset(files?: readonly string[], options: CheckOptions = {}): Problem[] {
  return analyseDataset(files, options).problems;
}

/** One line: how many of each node type and relationship type, for a clean check and a load. */
export function summariseDataset(dataset: Dataset): string {
  const count = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, n]) => `${k} ${n}`)
      .join(", ");
  };
  return (
    `${dataset.nodes.length} nodes (${count(dataset.nodes.map((n) => n.type))}); ` +
    `${dataset.relationships.length} relationships (${count(dataset.relationships.map((r) => r.type))})`
  );
}

function truncate(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
