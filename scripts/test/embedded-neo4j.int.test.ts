// The embedded Neo4j as the global setup started it: auth on, the report loaded, file URLs off.
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import "../../test-support/provided-context";

const connection = inject("neo4j");
let driver: Driver;

beforeAll(() => {
  driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password));
});

afterAll(async () => {
  await driver.close();
});

describe("the Neo4j the tests share", () => {
  it("is Neo4j 5.26 Community and speaks Bolt 5", async () => {
    const info = await driver.getServerInfo();
    expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
    expect(info.protocolVersion?.getMajor()).toBe(5);
    const { records } = await driver.executeQuery("CALL dbms.components() YIELD edition RETURN edition");
    expect(records[0]?.get("edition")).toBe("community");
  });

  it("refuses a wrong password", async () => {
    const intruder = neo4j.driver(connection.uri, neo4j.auth.basic("neo4j", "not-the-password"));
    try {
      await expect(intruder.verifyAuthentication()).resolves.toBe(false);
    } finally {
      await intruder.close();
    }
  });

  it("holds the report dataset", async () => {
    const { records } = await driver.executeQuery(
      "MATCH (n:Entity) RETURN count(n) AS nodes",
      {},
      {
        database: connection.database,
      },
    );
    expect(Number(records[0]?.get("nodes"))).toBeGreaterThan(50);
  });

  it("does not let LOAD CSV read the host's files", async () => {
    await expect(
      driver.executeQuery(
        "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line LIMIT 1",
        {},
        {
          database: connection.database,
          routing: neo4j.routing.READ,
        },
      ),
    ).rejects.toThrow(/allow_csv_import_from_file_urls/);
  });
});
