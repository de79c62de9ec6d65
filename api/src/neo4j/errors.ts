/**
 * Neo4j and driver failures → ApiError. Unreachable → 503; syntax errors → 400 with Neo4j's
 * message and position; timeouts → 422 saying how long the query was allowed (not 408, which
 * browsers may silently retry, running the same expensive query twice); other client
 * errors → 400; anything else stays a 5xx whose details the error handler hides.
 */
import { Neo4jError } from "neo4j-driver";
import { ApiError } from "../errors";

export interface CypherPosition {
  offset: number;
  line: number;
  column: number;
}

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
]);

export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  if (UNAVAILABLE_CODES.has(error.code)) return true;
  // The pool reports acquisition timeouts without a code of their own.
  return /acquisition timed out|connection.*(refused|timed out|closed)|Failed to connect/i.test(error.message);
}

export function isTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && /TransactionTimedOut|TransactionTimedOutClientConfiguration/.test(error.code);
}

/** Neo4j prints positions as "(line 1, column 8 (offset: 7))". */
export function positionFromMessage(message: string): CypherPosition | undefined {
  const match = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(message);
  if (!match) return undefined;
  return { line: Number(match[1]), column: Number(match[2]), offset: Number(match[3]) };
}

export function mapNeo4jError(error: unknown, options: { timeoutMs?: number } = {}): unknown {
  if (error instanceof ApiError || !(error instanceof Neo4jError)) return error;
  if (isUnavailable(error)) {
    return new ApiError(503, "neo4j_unavailable", "The graph database is unreachable; try again shortly.");
  }
  if (isTimeout(error)) {
    const seconds = (options.timeoutMs ?? 0) / 1000;
    return new ApiError(422, "query_timeout", `The query ran past the ${seconds} s limit and was stopped.`, {
      timeoutMs: options.timeoutMs,
    });
  }
  // General.OutOfMemoryError is the JVM heap itself running out during one query (e.g. a huge list
  // built in a single expression, which the per-transaction memory pool does not track).
  if (/MemoryPoolOutOfMemoryError|MemoryLimitExceeded|General\.OutOfMemoryError/.test(error.code)) {
    return new ApiError(400, "query_memory_limit", "The query needed more memory than the server allows one query.");
  }
  if (error.code === "Neo.ClientError.Statement.SyntaxError") {
    const position = positionFromMessage(error.message);
    return new ApiError(400, "cypher_syntax_error", error.message, position ? { position } : undefined);
  }
  if (error.code.startsWith("Neo.ClientError.")) {
    return new ApiError(400, "cypher_error", error.message, { neo4jCode: error.code });
  }
  // Transient: locks, a database restarting, the server shedding load. Worth retrying, not a bug of ours.
  if (error.code.startsWith("Neo.TransientError.")) {
    return new ApiError(503, "neo4j_busy", "The graph database is busy; try again shortly.", { neo4jCode: error.code });
  }
  return error;
}
