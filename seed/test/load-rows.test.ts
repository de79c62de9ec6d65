import path from "node:path";
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { schemaStatements, splitStatements } from "../src/cypher-files";
import { datasetHash, matchNodes, matchRelationships, nodeRow, readDataset, relationshipRows } from "../src/load";
import { RELATIONSHIP_TYPES } from "../src/schema";

const TINY = path.join(import.meta.dirname, "fixtures", "tiny");

describe("rows the loader writes", () => {
  const dataset = readDataset([TINY]);

  it("keeps every property but type and mentions, years as Neo4j integers, quotes joined for search", () => {
    const partnership = dataset.nodes.find((n) => n.id === "tiny-partnership");
    if (!partnership) throw new Error("fixture changed");
    const row = nodeRow(partnership);
    expect(row.type).toBe("Partnership");
    expect(Object.keys(row.props).sort()).toEqual(["id", "name", "quotes", "since", "summary", "until"]);
    expect(neo4j.isInt(row.props.since)).toBe(true);
    expect(row.props.quotes).toBe("After 13 years of cooperation, Gran and Mukono will be phased out in 2013.");
  });

  it("turns mentions into MENTIONED_IN rows to the Section with that number, keyed like any relationship", () => {
    const rows = relationshipRows(dataset);
    expect(rows).toHaveLength(9);
    const mention = rows.find((r) => r.from === "tiny-mukono" && r.type === "MENTIONED_IN");
    expect(mention).toMatchObject({ to: "tiny-section-3-1", key: "tiny-mukono|MENTIONED_IN|tiny-section-3-1" });
    expect(mention?.props.section).toBe("3.1");
  });

  it("numbers repeats of the same triple #2, #3 in file order", () => {
    const rel = dataset.relationships[0];
    if (!rel) throw new Error("fixture changed");
    const rows = relationshipRows({ ...dataset, relationships: [rel, rel, rel] });
    expect(rows.slice(0, 3).map((r) => r.key)).toEqual([
      "tiny-gran|PARTNER_IN|tiny-partnership",
      "tiny-gran|PARTNER_IN|tiny-partnership#2",
      "tiny-gran|PARTNER_IN|tiny-partnership#3",
    ]);
  });

  it("hashes the same dataset to the same value", () => {
    const again = readDataset([TINY]);
    const hash = (d: typeof dataset) => datasetHash(d.nodes.map(nodeRow), relationshipRows(d));
    expect(hash(again)).toBe(hash(dataset));
  });
});

describe("matching rows to the nodes already in the graph", () => {
  const row = (id: string, type: string) => ({ id, type, props: { id } });

  it("creates the new ones and updates the others, dropping a type label that changed", () => {
    const { create, update, stale } = matchNodes(
      [row("a", "Person"), row("b", "SuccessFactor"), row("c", "Event")],
      [
        { id: "a", labels: ["Entity", "Person"] },
        { id: "b", labels: ["Weakness", "Entity"] },
        { id: "gone", labels: ["Entity", "Event"] },
      ],
    );
    expect(create.map((r) => r.id)).toEqual(["c"]);
    expect(update).toEqual([
      { ...row("a", "Person"), stale: [] },
      { ...row("b", "SuccessFactor"), stale: ["Weakness"] },
    ]);
    expect(stale).toEqual(["gone"]);
  });
});

describe("matching rows to the relationships already in the graph", () => {
  const row = (from: string, type: string, to: string, key = `${from}|${type}|${to}`) => ({
    from,
    type,
    to,
    key,
    props: { key },
  });
  const existing = (id: string, key: string | null, triple: string) => ({ id, key, triple });

  it("updates one with the same key, type and ends, as MERGE (a)-[:TYPE {key}]->(b) would, and creates the rest", () => {
    const rows = [row("a", "FUNDS", "b"), row("a", "FUNDS", "b", "a|FUNDS|b#2"), row("b", "HOSTED", "c")];
    const { create, update, stale } = matchRelationships(rows, [existing("r1", "a|FUNDS|b", "a|FUNDS|b")]);
    expect(update).toEqual([{ id: "r1", props: { key: "a|FUNDS|b" } }]);
    expect(create.map((r) => r.key)).toEqual(["a|FUNDS|b#2", "b|HOSTED|c"]);
    expect(stale).toEqual([]);
  });

  it("does not take a relationship whose key matches but whose type or ends differ", () => {
    const { create, update, stale } = matchRelationships(
      [row("a", "FUNDS", "b")],
      [existing("r1", "a|FUNDS|b", "a|HOSTED|b"), existing("r2", "a|FUNDS|b", "c|FUNDS|b")],
    );
    expect(update).toEqual([]);
    expect(create).toHaveLength(1);
    expect(stale).toEqual(["r1", "r2"]);
  });

  it("lists as stale, for --replace, every relationship no row matches, those without a key too", () => {
    const { stale } = matchRelationships(
      [row("a", "FUNDS", "b")],
      [
        existing("r1", "a|FUNDS|b", "a|FUNDS|b"),
        existing("r2", null, "a|FUNDS|b"),
        existing("r3", "x|FUNDS|y", "x|FUNDS|y"),
      ],
    );
    expect(stale).toEqual(["r2", "r3"]);
  });
});

describe("cypher/schema.cypher", () => {
  const statements = schemaStatements();
  it("is all IF NOT EXISTS, so applying it again changes nothing", () => {
    expect(statements.length).toBeGreaterThan(5);
    for (const statement of statements) expect(statement).toMatch(/IF NOT EXISTS/);
  });
  it("has the unique Entity.id constraint and the entitySearch full-text index over name, summary, quotes", () => {
    expect(statements.some((s) => /FOR \(n:Entity\) REQUIRE n\.id IS UNIQUE/.test(s))).toBe(true);
    const search = statements.find((s) => s.includes("entitySearch"));
    expect(search).toMatch(/\[n\.name, n\.summary, n\.quotes\]/);
  });
  it("full-text indexes the quotes of every relationship type", () => {
    const search = statements.find((s) => s.includes("relationshipSearch")) ?? "";
    const types = /\[r:([A-Z_|]+)\]/.exec(search)?.[1]?.split("|") ?? [];
    expect(types.sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });
  it("splits on semicolons at line ends and drops comments", () => {
    expect(splitStatements("// a; comment;\nRETURN 1;\n\nRETURN 2 // two\n;")).toEqual(["RETURN 1", "RETURN 2 // two"]);
  });
});
