// /api/layout names the dataset version its positions belong to, and files them under that version
// only, even when a reseed lands between the reads of one request.
import { Node, Record as Neo4jRecord, int } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { GraphStore } from "../src/graph/graph-store";
import type { Database } from "../src/neo4j/database";
import { layoutAnswer } from "../src/routes/layout";

/**
 * A database holding one dataset after another: `reseedAfterVersionRead()` switches to the next one
 * right after the next read of the dataset version, where a reseed by another process could land.
 */
function changingDatabase(datasets: string[][]) {
  let current = 0;
  let reseedPending = false;
  const answer = (name: string): Neo4jRecord[] => {
    const ids = datasets[current] ?? [];
    if (name === "dataset-version")
      return [new Neo4jRecord(["metas", "nodes", "relationships"], [[{ hash: `dataset-${current}` }], ids.length, 0])];
    if (name === "graph-nodes")
      return ids.map((id, i) => new Neo4jRecord(["n"], [new Node(int(i), ["Entity", "Organisation"], { id }, `${i}`)]));
    return [];
  };
  const readManyWithBookmark = (queries: readonly (readonly [string, unknown?])[]) => {
    const results = queries.map(([name]) => answer(name));
    if (reseedPending && queries.some(([name]) => name === "dataset-version")) {
      reseedPending = false;
      current++;
    }
    return Promise.resolve({ results, bookmark: `bookmark-${current}` });
  };
  const db = {
    readManyWithBookmark,
    readMany: async (queries: readonly (readonly [string, unknown?])[]) =>
      (await readManyWithBookmark(queries)).results,
  };
  return {
    // The store reads only these two; the rest of Database is the driver's, which a unit test does without.
    db: db as Partial<Database> as Database,
    reseedAfterVersionRead: () => {
      reseedPending = true;
    },
  };
}

describe("the layout's dataset version", () => {
  it("lays out the graph of the version it is filed under, a reseed between reads notwithstanding", async () => {
    const { db, reseedAfterVersionRead } = changingDatabase([
      ["gran", "mukono"],
      ["gran", "mukono", "lugazi"],
    ]);
    const store = new GraphStore(db);
    // The explorer has loaded the graph: the first dataset's snapshot is cached.
    const before = await store.snapshot();

    reseedAfterVersionRead();
    const during = await layoutAnswer(store);
    const after = await layoutAnswer(store);

    // Whatever the request that met the reseed answered, it says which graph its positions are for…
    const ids = (answer: typeof during) => answer.positions.map(([id]) => id).sort();
    expect(during.version).toBe(before.version);
    expect(ids(during)).toEqual(["gran", "mukono"]);
    // …and the next request gets the new dataset's picture, not the old one filed under the new name.
    const now = await store.snapshot();
    expect(after.version).toBe(now.version);
    expect(ids(after)).toEqual(["gran", "lugazi", "mukono"]);
  }, 60_000);
});
