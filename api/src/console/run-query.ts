/**
 * Runs a console query, read-only by construction: a READ session; EXPLAIN first, refusing any
 * plan that is not a plain read of this database (plan-guard.ts); then the query itself in a
 * transaction with the server's timeout, consumed up to the row cap, and rolled back rather
 * than committed, so even a write that slipped past every check would leave no trace.
 */
import neo4j, { Neo4jError, type Record as Neo4jRecord, type Transaction } from "neo4j-driver";
import type { CypherResult } from "../contract/cypher";
import { ApiError } from "../errors";
import type { Database } from "../neo4j/database";
import { mapNeo4jError, positionFromMessage } from "../neo4j/errors";
import { CellCollector } from "./cells";
import { checkPlan, checkQueryType, type PlanNode } from "./plan-guard";

export interface ConsoleLimits {
  timeoutMs: number;
  maxRows: number;
}

/** Prepended on its own line so positions map back simply: one line and its 8 characters. */
const EXPLAIN_PREFIX = "EXPLAIN\n";

/** Neo4j's syntax error, with the position moved back onto the user's text. */
export function syntaxError(error: Neo4jError, prefix = EXPLAIN_PREFIX): ApiError {
  const firstLine = error.message.split("\n")[0] ?? error.message;
  const raw = positionFromMessage(firstLine);
  const prefixLines = prefix.split("\n").length - 1;
  const position = raw && {
    offset: Math.max(0, raw.offset - prefix.length),
    line: Math.max(1, raw.line - prefixLines),
    column: raw.line - prefixLines >= 1 ? raw.column : 1,
  };
  const message = firstLine.replace(/\s*\(line \d+, column \d+ \(offset: \d+\)\)\s*$/, "").trim();
  return new ApiError(400, "cypher_syntax_error", message, position ? { position } : undefined);
}

/**
 * Query texts whose plan passed the read-only check, with their query type. Whether a plan reads or
 * writes follows from the text alone (parameters are values, never clauses), so a text that passed once
 * skips the EXPLAIN round trip when run again (re-runs, the example menu). Only passes are kept.
 */
const approvedPlans = new Map<string, string>();
const MAX_APPROVED_PLANS = 500;

function remember(key: string, queryType: string): void {
  if (approvedPlans.size >= MAX_APPROVED_PLANS) approvedPlans.delete(approvedPlans.keys().next().value ?? "");
  approvedPlans.set(key, queryType);
}

function refused(reason: string): ApiError {
  return new ApiError(403, "query_refused", reason);
}

/** Whole JSON numbers become Integers so `LIMIT $n` works as users expect. */
function toParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, convert(item)]));
    }
    return value;
  };
  return convert(params) as Record<string, unknown>;
}

export async function runConsoleQuery(
  db: Database,
  query: string,
  rawParams: Record<string, unknown>,
  limits: ConsoleLimits,
): Promise<CypherResult> {
  const params = toParams(rawParams);
  const session = db.driver.session({ database: db.name, defaultAccessMode: neo4j.session.READ });
  let tx: Transaction | undefined;
  try {
    const planKey = `${db.name}\n${query}`;
    let queryType = approvedPlans.get(planKey) ?? "";
    if (!queryType) {
      try {
        const explained = await session.run(EXPLAIN_PREFIX + query, params, { timeout: limits.timeoutMs });
        queryType = explained.summary.queryType;
        const typeRefusal = checkQueryType(queryType);
        if (typeRefusal) throw refused(typeRefusal.reason);
        const plan = explained.summary.plan;
        if (!plan) throw refused("Refused: Neo4j returned no plan to check.");
        const planRefusal = checkPlan(plan as PlanNode, db.name);
        if (planRefusal) throw refused(planRefusal.reason);
      } catch (error) {
        if (error instanceof Neo4jError && error.code === "Neo.ClientError.Statement.SyntaxError") {
          throw syntaxError(error);
        }
        throw error;
      }
      remember(planKey, queryType);
    }

    const started = performance.now();
    tx = session.beginTransaction({ timeout: limits.timeoutMs });
    const result = tx.run(query, params);
    const records: Neo4jRecord[] = [];
    let truncated = false;
    for await (const record of result) {
      if (records.length >= limits.maxRows) {
        truncated = true;
        break;
      }
      records.push(record);
    }
    const columns = records[0]?.keys.map(String) ?? (await result.keys()).map(String);

    const cells = new CellCollector();
    for (const record of records) for (const value of record.values()) cells.collect(value);
    const missing = cells.missingEnds();
    if (missing.length > 0) {
      const ends = await tx.run(db.cypher("nodes-by-element-id"), { elementIds: missing });
      for (const record of ends.records) cells.collect(record.get("n"));
    }
    const rows = records.map((record) => [...record.values()].map((value) => cells.cell(value)));
    const timeMs = Math.round(performance.now() - started);
    return {
      columns,
      rows,
      graph: cells.graph(),
      truncated,
      summary: { queryType, timeMs, rowCount: rows.length, rowLimit: limits.maxRows, timeoutMs: limits.timeoutMs },
    };
  } catch (error) {
    throw mapNeo4jError(error, { timeoutMs: limits.timeoutMs });
  } finally {
    // Rolled back, never committed: reads lose nothing by it.
    await tx?.rollback().catch(() => undefined);
    await session.close().catch(() => undefined);
  }
}
