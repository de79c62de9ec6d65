import { describe, expect, it } from "vitest";
import { cellText, errorRange, positionFromMessage, rowCells, toFailure, type CypherAnswer } from "./cypher-result";
import { addToHistory, HISTORY_LIMIT, readHistory, type KeyValueStore } from "./history";
import { paramNames, parseParams } from "./params";
import { completionSchema } from "./schema-completion";

const memory = (): KeyValueStore & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};

describe("Neo4j error positions", () => {
  it("reads line, column and offset from Neo4j's message", () => {
    const message = `Invalid input 'RETRUN': expected ... (line 2, column 3 (offset: 12))`;
    expect(positionFromMessage(message)).toEqual({ line: 2, column: 3, offset: 12 });
    expect(positionFromMessage("no position here")).toBeNull();
  });

  it("prefers the position in details and marks the word there", () => {
    const failure = toFailure(400, {
      error: {
        code: "cypher_syntax_error",
        message: "Invalid input",
        details: { position: { line: 2, column: 1, offset: 17 } },
      },
    });
    expect(failure.position).toEqual({ line: 2, column: 1, offset: 17 });
    expect(failure.readOnly).toBe(false);
    const query = "MATCH (n) RETURN\nRETRUN n";
    expect(errorRange(query, { line: 2, column: 1 })).toEqual({ from: 17, to: 23 });
    expect(errorRange(query, { line: 2, column: 1, offset: 17 })).toEqual({ from: 17, to: 23 });
  });

  it("still marks something when the error is at the very end", () => {
    expect(errorRange("MATCH (n", { line: 1, column: 9, offset: 8 })).toEqual({ from: 7, to: 8 });
  });

  it("recognises a refused write as read-only", () => {
    expect(toFailure(403, { error: { code: "forbidden", message: "writes are not allowed" } }).readOnly).toBe(true);
    expect(toFailure(400, { error: { code: "read_only", message: "The console only reads" } }).readOnly).toBe(true);
    expect(toFailure(500, "oops").message).toContain("500");
  });
});

describe("result cells", () => {
  const answer: CypherAnswer = {
    columns: ["name", "n"],
    rows: [{ name: "Gran", n: { id: "gran", name: "Gran", type: "Organisation" } }, ["Mukono", [1, 2]]],
    graph: { nodes: [], relationships: [] },
    truncated: false,
    summary: { queryType: "r", timeMs: 3 },
  };
  it("reads object rows and array rows alike", () => {
    expect(rowCells(answer).map((r) => r.map(cellText))).toEqual([
      ["Gran", "(Gran :Organisation)"],
      ["Mukono", "[1, 2]"],
    ]);
    expect(cellText(null)).toBe("");
    expect(
      cellText({ kind: "node", id: "gran", labels: ["Entity", "Organisation"], properties: { name: "Gran" } }),
    ).toBe("(Gran :Organisation)");
    expect(cellText({ kind: "relationship", type: "PARTNER_IN", properties: {} })).toBe("[:PARTNER_IN]");
    expect(cellText({ a: 1 })).toBe('{"a":1}');
  });
});

describe("parameters", () => {
  it("parses a JSON object and refuses anything else", () => {
    expect(parseParams("")).toEqual({ ok: true, params: {} });
    expect(parseParams('{"id":"gran"}')).toEqual({ ok: true, params: { id: "gran" } });
    expect(parseParams("[1]").ok).toBe(false);
    expect(parseParams("{id:").ok).toBe(false);
  });
  it("lists the $names a query uses", () => {
    expect(paramNames("MATCH (n {id: $id}) WHERE n.year > $year AND n.id <> $id RETURN n")).toEqual(["id", "year"]);
  });
});

describe("history", () => {
  it("keeps runs newest first, without repeats, up to the limit", () => {
    const store = memory();
    addToHistory(store, { query: "A", params: "", at: 1 });
    addToHistory(store, { query: "B", params: "", at: 2 });
    addToHistory(store, { query: " A ", params: "", at: 3 });
    expect(readHistory(store).map((e) => e.query)).toEqual([" A ", "B"]);
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) addToHistory(store, { query: `Q${i}`, params: "", at: 10 + i });
    expect(readHistory(store)).toHaveLength(HISTORY_LIMIT);
  });
  it("survives garbage in storage", () => {
    const store = memory();
    store.setItem("pg.console.history", "{not json");
    expect(readHistory(store)).toEqual([]);
  });
});

describe("schema for autocomplete", () => {
  it("prefixes labels and relationship types with a colon", () => {
    expect(
      completionSchema({
        labels: [{ name: "Organisation", count: 3 }, "Person"],
        relationshipTypes: [{ type: "PARTNER_IN" }],
        propertyKeys: ["name"],
      }),
    ).toEqual({ labels: [":Organisation", ":Person"], relationshipTypes: [":PARTNER_IN"], propertyKeys: ["name"] });
    expect(completionSchema(null).labels).toEqual([]);
  });
});
