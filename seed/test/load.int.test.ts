import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphFingerprint } from "../src/fingerprint";
import { DatasetInvalidError, loadDataset, readDataset } from "../src/load";
import { defaultDataFiles } from "../src/read-files";
import { connect, setupConnection } from "./support";

const FIXTURES = path.join(import.meta.dirname, "fixtures");
const TINY = path.join(FIXTURES, "tiny");
const BROKEN = path.join(FIXTURES, "broken");

const connection = setupConnection();
const database = connection.database;
let driver: Driver;

async function read<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, ...(database ? { database } : {}) });
  try {
    const result = await session.run(cypher, params);
    return result.records.map((record) => record.toObject() as T);
  } finally {
    await session.close();
  }
}

const meta = async () =>
  (
    await read<{ m: Record<string, unknown> | null }>(
      "OPTIONAL MATCH (m:Meta {id: 'dataset'}) RETURN properties(m) AS m",
    )
  )[0]?.m;

beforeAll(() => {
  driver = connect(connection);
});

afterAll(async () => {
  // The shared database must hold the report dataset when this file ends.
  await loadDataset(driver, { replace: true, ...(database ? { database } : {}) });
  await driver.close();
});

describe("loading the report dataset", () => {
  it("gives an identical graph when run twice, and bumps the Meta version", async () => {
    const first = await loadDataset(driver, { replace: true, database });
    const before = await graphFingerprint(driver, database);
    const metaBefore = await meta();
    const second = await loadDataset(driver, { database });
    const after = await graphFingerprint(driver, database);
    expect(after).toEqual(before);
    expect(second.hash).toBe(first.hash);
    const dataset = readDataset();
    expect(before.nodes).toBe(dataset.nodes.length);
    expect(before.relationships).toBe(second.relationships);
    const metaAfter = await meta();
    expect(metaAfter?.hash).toBe(second.hash);
    expect(Number(metaAfter?.version)).toBe(Number(metaBefore?.version) + 1);
    expect(typeof metaAfter?.loadedAt).toBe("string");
  });

  it("writes nothing, not even Meta, when a file is broken", async () => {
    const before = await graphFingerprint(driver, database);
    const metaBefore = await meta();
    const dataFiles = defaultDataFiles();
    await expect(
      loadDataset(driver, { files: [...dataFiles, path.join(BROKEN, "unknown-ref.yaml")], database }),
    ).rejects.toThrow(DatasetInvalidError);
    await expect(
      loadDataset(driver, { files: [...dataFiles, path.join(BROKEN, "yaml-syntax.yaml")], database }),
    ).rejects.toThrow(/yaml-syntax\.yaml:4/);
    expect(await graphFingerprint(driver, database)).toEqual(before);
    expect(await meta()).toEqual(metaBefore);
  });

  it("indexes names, summaries and quotes for full-text search", async () => {
    const hits = await read<{ id: string }>(
      "CALL db.index.fulltext.queryNodes('entitySearch', $q) YIELD node RETURN node.id AS id LIMIT 50",
      { q: '"stays with the individuals"' },
    );
    expect(hits.length).toBeGreaterThan(0);
  });
});

describe("another dataset in the same format (the tiny fixture)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "pg-seed-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("loads the same way, twice to the same fingerprint, replacing the report dataset", async () => {
    const result = await loadDataset(driver, { files: [TINY], replace: true, database });
    const first = await graphFingerprint(driver, database);
    await loadDataset(driver, { files: [TINY], database });
    expect(await graphFingerprint(driver, database)).toEqual(first);
    // 5 mentions that point at a Section become MENTIONED_IN relationships next to the 4 in the files.
    expect(result).toMatchObject({ nodes: 7, relationships: 9, deleted: { nodes: expect.any(Number) } });
    expect(first).toMatchObject({ nodes: 7, relationships: 9 });
    const rows = await read<{ labels: string[]; since: unknown; quotes: string }>(
      "MATCH (n:Entity {id: 'tiny-partnership'}) RETURN labels(n) AS labels, n.since AS since, n.quotes AS quotes",
    );
    expect(rows[0]?.labels.sort()).toEqual(["Entity", "Partnership"]);
    expect(neo4j.isInt(rows[0]?.since)).toBe(true);
    expect(rows[0]?.quotes).toContain("phased out in 2013");
    const flow = await read<{ key: string; hinderedBy: string[]; knowledge: string }>(
      "MATCH (:Entity {id: 'tiny-mukono'})-[r:KNOWLEDGE_FLOW]->(:Entity {id: 'tiny-gran'}) RETURN r.key AS key, r.hinderedBy AS hinderedBy, r.knowledge AS knowledge",
    );
    expect(flow).toEqual([
      {
        key: "tiny-mukono|KNOWLEDGE_FLOW|tiny-gran",
        hinderedBy: ["tiny-no-priority"],
        knowledge: "tiny-separate-speaker",
      },
    ]);
    const mentions = await read<{ key: string; quote: string }>(
      "MATCH (:Entity {id: 'tiny-mukono'})-[r:MENTIONED_IN]->(s:Section) RETURN r.key AS key, r.quote AS quote",
    );
    expect(mentions).toHaveLength(1);
    expect(mentions[0]?.key).toBe("tiny-mukono|MENTIONED_IN|tiny-section-3-1");
  });

  it("loads to the same graph in batches of their own transactions (for datasets too big for one)", async () => {
    await loadDataset(driver, { files: [TINY], replace: true, database });
    const single = await graphFingerprint(driver, database);
    await loadDataset(driver, { files: [TINY], replace: true, batchSize: 2, database });
    expect(await graphFingerprint(driver, database)).toEqual(single);
  });

  it("propagates edits: removed properties, changed types, repeated triples", async () => {
    const actors = readFileSync(path.join(TINY, "actors.yaml"), "utf8")
      .replace("    until: 2013\n", "")
      .replace("name: Gran municipality", "name: Gran kommune");
    const flows = readFileSync(path.join(TINY, "flows.yaml"), "utf8").replace("type: Weakness", "type: SuccessFactor");
    writeFileSync(path.join(dir, "actors.yaml"), actors);
    // A second PARTNER_IN of the same pair gets the key suffix #2.
    writeFileSync(
      path.join(dir, "flows.yaml"),
      flows
        .replace("    hinderedBy: [tiny-no-priority]\n", "")
        .replace(
          "  - from: tiny-no-priority\n    to: tiny-separate-speaker\n    type: HINDERS",
          "  - from: tiny-no-priority\n    to: tiny-separate-speaker\n    type: ENABLES",
        ) +
        '  - from: tiny-gran\n    to: tiny-partnership\n    type: PARTNER_IN\n    section: "3.1"\n    quote: After 13 years of cooperation, Gran and Mukono will be phased out in 2013.\n',
    );
    await loadDataset(driver, { files: [dir], replace: true, database });
    const [partnership] = await read<{ props: Record<string, unknown> }>(
      "MATCH (n:Entity {id: 'tiny-partnership'}) RETURN properties(n) AS props",
    );
    expect(partnership?.props).not.toHaveProperty("until");
    const [factor] = await read<{ labels: string[] }>(
      "MATCH (n:Entity {id: 'tiny-no-priority'}) RETURN labels(n) AS labels",
    );
    expect(factor?.labels.sort()).toEqual(["Entity", "SuccessFactor"]);
    const keys = await read<{ key: string }>(
      "MATCH (:Entity {id: 'tiny-gran'})-[r:PARTNER_IN]->() RETURN r.key AS key ORDER BY key",
    );
    expect(keys.map((k) => k.key)).toEqual([
      "tiny-gran|PARTNER_IN|tiny-partnership",
      "tiny-gran|PARTNER_IN|tiny-partnership#2",
    ]);
    const types = await read<{ type: string }>(
      "MATCH (:Entity {id: 'tiny-no-priority'})-[r]->(:Entity {id: 'tiny-separate-speaker'}) RETURN type(r) AS type",
    );
    expect(types).toEqual([{ type: "ENABLES" }]);
    const [flow] = await read<{ props: Record<string, unknown> }>(
      "MATCH ()-[r:KNOWLEDGE_FLOW]->() RETURN properties(r) AS props",
    );
    expect(flow?.props).not.toHaveProperty("hinderedBy");
  });

  it("--replace removes entities and relationships that left the files; without it they stay", async () => {
    writeFileSync(path.join(dir, "flows.yaml"), "nodes: []\n");
    await loadDataset(driver, { files: [dir], database });
    expect(await read("MATCH (n:Entity {id: 'tiny-separate-speaker'}) RETURN n.id")).toHaveLength(1);
    const result = await loadDataset(driver, { files: [dir], replace: true, database });
    expect(result.deleted).toEqual({ nodes: 2, relationships: 5 });
    expect(
      await read("MATCH (n:Entity) WHERE n.id IN ['tiny-separate-speaker', 'tiny-no-priority'] RETURN n.id"),
    ).toHaveLength(0);
    const rest = await graphFingerprint(driver, database);
    // 5 nodes; PARTNER_IN ×2 plus the 3 mentions of section 3.1 remain.
    expect(rest).toMatchObject({ nodes: 5, relationships: 5 });
  });
});
