import { describe, expect, it } from "vitest";
import { checkPlan, checkQueryType, procedureName, splitOperator, type PlanNode } from "../src/console/plan-guard";

const op = (operatorType: string, details = "", children: PlanNode[] = []): PlanNode => ({
  operatorType,
  arguments: { Details: details },
  children,
});
const read = (leaf: PlanNode) => op("ProduceResults@neo4j", "", [op("Projection@neo4j", "", [leaf])]);

describe("plan guard", () => {
  it("accepts only the read-only query type", () => {
    expect(checkQueryType("r")).toBeUndefined();
    for (const type of ["w", "rw", "s", "x"]) expect(checkQueryType(type)?.reason).toMatch(/^Refused/);
  });

  it("splits operators from the database they target", () => {
    expect(splitOperator("ProcedureCall@neo4j")).toEqual({ operator: "ProcedureCall", database: "neo4j" });
    expect(splitOperator("AllNodesScan")).toEqual({ operator: "AllNodesScan", database: undefined });
    expect(procedureName("db.labels() :: (label :: STRING)")).toBe("db.labels");
    expect(procedureName("db.index.fulltext.queryNodes($a, $b) :: (node :: NODE)")).toBe(
      "db.index.fulltext.queryNodes",
    );
  });

  it("accepts plain reads and allow-listed procedures anywhere in the plan", () => {
    expect(checkPlan(read(op("AllNodesScan@neo4j", "n")), "neo4j")).toBeUndefined();
    expect(checkPlan(read(op("ProcedureCall@neo4j", "db.labels() :: (label :: STRING)")), "neo4j")).toBeUndefined();
    expect(checkPlan(read(op("ShowIndexes@neo4j")), "neo4j")).toBeUndefined();
  });

  it.each([
    ["LoadCSV@neo4j", "", "LOAD CSV"],
    ["AdministrationCommand@system", "", "only reads"],
    ["TransactionApply@neo4j", "", "IN TRANSACTIONS"],
    ["ShowSettings@neo4j", "", "SHOW SETTINGS"],
    ["ShowTransactions@neo4j", "", "SHOW TRANSACTIONS"],
    ["TerminateTransactions@neo4j", "", "TERMINATE TRANSACTIONS"],
    ["ProcedureCall@neo4j", "dbms.listConfig() :: (name :: STRING)", "dbms.listConfig"],
    ["ProcedureCall@neo4j", "db.createLabel($x) :: ()", "db.createLabel"],
    ["AllNodesScan@other", "n", '"other"'],
  ])("refuses %s deep in a plan", (operatorType, details, says) => {
    const plan = read(op("Apply@neo4j", "", [op("Argument@neo4j"), op(operatorType, details)]));
    expect(checkPlan(plan, "neo4j")?.reason).toContain(says);
  });
});
