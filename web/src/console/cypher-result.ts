/**
 * The console's side of POST /api/cypher: the answer's shape, the error's position, and the cells
 * turned into text for the table and CSV. Pure, so it is unit-tested without a browser.
 */
import { z } from "zod";
import { ErrorBody, Graph } from "@pg/api/contract";

/** Rows may come as arrays (by column index) or objects (by column name); both are read the same way. */
export const CypherAnswer = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.union([z.array(z.unknown()), z.record(z.string(), z.unknown())])),
  graph: Graph,
  truncated: z.boolean(),
  summary: z.looseObject({ queryType: z.string().nullish(), timeMs: z.number() }),
});
export type CypherAnswer = z.infer<typeof CypherAnswer>;

export interface ErrorPosition {
  /** 1-based, as Neo4j reports them. */
  line: number;
  column: number;
  /** 0-based character offset into the query, when known. */
  offset?: number;
}

export interface CypherFailure {
  status: number;
  code: string;
  message: string;
  position: ErrorPosition | null;
  /** The query was refused because it would write or administer: the console is read-only. */
  readOnly: boolean;
}

const PositionShape = z.looseObject({
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  offset: z.number().int().nonnegative().optional(),
});

/** Neo4j writes positions into its messages as "(line 1, column 8 (offset: 7))". */
export function positionFromMessage(message: string): ErrorPosition | null {
  const match = /line (\d+), column (\d+)(?: \(offset: (\d+)\))?/.exec(message);
  if (!match) return null;
  const position: ErrorPosition = { line: Number(match[1]), column: Number(match[2]) };
  if (match[3] !== undefined) position.offset = Number(match[3]);
  return position;
}

function positionFromDetails(details: unknown): ErrorPosition | null {
  if (typeof details !== "object" || details === null) return null;
  const candidates = [(details as { position?: unknown }).position, details];
  for (const candidate of candidates) {
    const parsed = PositionShape.safeParse(candidate);
    if (parsed.success && parsed.data.line !== undefined && parsed.data.column !== undefined) {
      const position: ErrorPosition = { line: parsed.data.line, column: parsed.data.column };
      if (parsed.data.offset !== undefined) position.offset = parsed.data.offset;
      return position;
    }
  }
  return null;
}

const READ_ONLY_CODES = /read.?only|write|forbidden|refused|not.?allowed/i;

export function toFailure(status: number, body: unknown): CypherFailure {
  const parsed = ErrorBody.safeParse(body);
  if (!parsed.success) {
    return { status, code: "unknown", message: `The server answered ${status}`, position: null, readOnly: false };
  }
  const { code, message, details } = parsed.data.error;
  const position = positionFromDetails(details) ?? positionFromMessage(message);
  const readOnly = status === 403 || (READ_ONLY_CODES.test(code) && !/syntax/i.test(code));
  return { status, code, message, position, readOnly };
}

/** The character range to mark: from the offset (or line/column) to the end of the word there. */
export function errorRange(query: string, position: ErrorPosition): { from: number; to: number } {
  let from = position.offset;
  if (from === undefined) {
    const lines = query.split("\n");
    from = 0;
    for (let i = 0; i < position.line - 1 && i < lines.length; i++) from += (lines[i]?.length ?? 0) + 1;
    from += position.column - 1;
  }
  from = Math.max(0, Math.min(from, query.length));
  let to = from;
  while (to < query.length && /[\w$]/.test(query[to] ?? "")) to++;
  if (to === from) to = Math.min(query.length, from + 1);
  // At the very end there is nothing to underline: mark the last character instead.
  if (from === to && from > 0) from -= 1;
  return { from, to };
}

export function rowCells(answer: CypherAnswer): unknown[][] {
  return answer.rows.map((row) => (Array.isArray(row) ? row : answer.columns.map((c) => row[c])));
}

const CellNode = z.looseObject({
  kind: z.literal("node"),
  id: z.string().optional(),
  labels: z.array(z.string()).default([]),
  properties: z.record(z.string(), z.unknown()).default({}),
});
const CellRelationship = z.looseObject({ kind: z.literal("relationship"), type: z.string() });
const CellPath = z.looseObject({ kind: z.literal("path"), nodes: z.array(z.unknown()).optional() });
const CellGraphNode = z.looseObject({ id: z.string(), name: z.string(), type: z.string() });

/** A cell as one line of text: nodes by name, lists joined, objects as compact JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(cellText).join(", ")}]`;
  if (typeof value === "object") {
    const node = CellNode.safeParse(value);
    if (node.success) {
      const label = node.data.labels.filter((l) => l !== "Entity").join(":");
      const name = node.data.properties.name ?? node.data.id ?? "";
      return `(${String(name)}${label ? ` :${label}` : ""})`;
    }
    const rel = CellRelationship.safeParse(value);
    if (rel.success) return `[:${rel.data.type}]`;
    const path = CellPath.safeParse(value);
    if (path.success) return `path of ${path.data.nodes?.length ?? "?"} nodes`;
    const graphNode = CellGraphNode.safeParse(value);
    if (graphNode.success) return `(${graphNode.data.name} :${graphNode.data.type})`;
    return JSON.stringify(value);
  }
  return String(value);
}
