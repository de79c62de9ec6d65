import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listExamples } from "../src/examples";
import { canonical } from "../src/fingerprint";
import { EXAMPLE_EXPECTATIONS, type Row } from "./example-expectations";
import { connect, setupConnection } from "./support";

// The global setup loaded the report dataset; these queries only read it.
const connection = setupConnection();
let driver: Driver;
beforeAll(() => {
  driver = connect(connection);
});
afterAll(async () => {
  await driver.close();
});

describe("cypher/examples answer their questions on the report dataset", () => {
  it.each(listExamples().map((example) => [example.id, example] as const))("%s", async (id, example) => {
    const session = driver.session({
      defaultAccessMode: neo4j.session.READ,
      ...(connection.database ? { database: connection.database } : {}),
    });
    try {
      // A READ session refuses writes, so every example is safe for the read-only console.
      const result = await session.run(example.cypher);
      const rows = result.records.map((record) => canonical(record.toObject()) as Row);
      expect(rows.length, `${id} returned no rows`).toBeGreaterThan(0);
      const expectation = EXAMPLE_EXPECTATIONS[id];
      if (!expectation) throw new Error(`no expectation for cypher/examples/${id}.cypher`);
      expectation(rows);
    } finally {
      await session.close();
    }
  });
});
