/**
 * The read-only check on a query's EXPLAIN plan. READ access mode alone does not stop LOAD CSV
 * reading the host's files, dbms.* procedures listing the configuration or SHOW/TERMINATE
 * commands, so the planned query must be read-only AND its plan may hold no operator outside
 * what a read of this one database needs.
 */

/** Procedures a console user may call: schema look-ups and full-text queries. */
export const ALLOWED_PROCEDURES = new Set([
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
]);

/** SHOW commands that only describe this database's schema. */
const ALLOWED_SHOW = new Set(["ShowIndexes", "ShowConstraints"]);

/** The operators that read outside the graph or act on the server. */
const REFUSED_OPERATORS: Record<string, string> = {
  LoadCSV: "LOAD CSV is not allowed: the console only reads the graph",
  AdministrationCommand: "administration commands are not allowed",
  TransactionApply: "CALL { … } IN TRANSACTIONS is not allowed",
  TransactionForeach: "CALL { … } IN TRANSACTIONS is not allowed",
};

export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

export interface Refusal {
  reason: string;
}

/** Neo4j names operators "ProcedureCall@neo4j": the operator, then the database it runs against. */
export function splitOperator(operatorType: string): { operator: string; database: string | undefined } {
  const at = operatorType.lastIndexOf("@");
  return at < 0
    ? { operator: operatorType, database: undefined }
    : { operator: operatorType.slice(0, at), database: operatorType.slice(at + 1) };
}

/** "db.labels() :: (label :: STRING)" → "db.labels" */
export function procedureName(details: unknown): string {
  const text = typeof details === "string" ? details : "";
  return text.slice(0, text.indexOf("(") >= 0 ? text.indexOf("(") : text.length).trim();
}

export function checkQueryType(queryType: string): Refusal | undefined {
  if (queryType === "r") return undefined;
  const what: Record<string, string> = {
    w: "it writes to the graph",
    rw: "it writes to the graph",
    s: "it changes the schema or administers the server",
  };
  return { reason: `Refused: ${what[queryType] ?? `its query type is "${queryType}"`}; the console is read-only.` };
}

export function checkPlan(plan: PlanNode, database: string): Refusal | undefined {
  const { operator, database: target } = splitOperator(plan.operatorType);
  if (target !== undefined && target !== database) {
    return { reason: `Refused: the console only reads the "${database}" database (the query targets "${target}").` };
  }
  const refused = REFUSED_OPERATORS[operator];
  if (refused) return { reason: `Refused: ${refused}.` };
  if ((operator.startsWith("Show") && !ALLOWED_SHOW.has(operator)) || operator.startsWith("Terminate")) {
    return { reason: `Refused: ${operator.replace(/([a-z])([A-Z])/g, "$1 $2").toUpperCase()} is not allowed.` };
  }
  if (operator === "ProcedureCall") {
    const name = procedureName(plan.arguments?.["Details"]);
    if (!ALLOWED_PROCEDURES.has(name)) {
      return {
        reason: `Refused: the procedure ${name || "(unknown)"} is not allowed; allowed are ${[...ALLOWED_PROCEDURES].join(", ")}.`,
      };
    }
  }
  for (const child of plan.children ?? []) {
    const refusal = checkPlan(child, database);
    if (refusal) return refusal;
  }
  return undefined;
}
