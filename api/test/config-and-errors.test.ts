import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config";
import { syntaxError } from "../src/console/run-query";
import { ApiError } from "../src/errors";
import { mapNeo4jError, positionFromMessage } from "../src/neo4j/errors";

describe("loadConfig", () => {
  it("has defaults for everything but the password", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      HOST: "127.0.0.1",
      PORT: 3000,
      CYPHER_TIMEOUT_MS: 5000,
      CYPHER_MAX_ROWS: 1000,
      CORS_ORIGINS: [],
    });
  });

  it("accepts Aura-style URIs and parses lists and numbers", () => {
    const config = loadConfig({
      NEO4J_URI: "neo4j+s://abc.databases.neo4j.io",
      PORT: "8080",
      CORS_ORIGINS: "https://a.example, https://b.example",
    });
    expect(config.PORT).toBe(8080);
    expect(config.CORS_ORIGINS).toEqual(["https://a.example", "https://b.example"]);
  });

  it("names the variable that is wrong, and never echoes the password", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => loadConfig({ NEO4J_URI: "http://x" })).toThrow(/NEO4J_URI/);
    try {
      loadConfig({ NEO4J_PASSWORD: "s3cret-value", CYPHER_TIMEOUT_MS: "0" });
    } catch (error) {
      expect(String(error)).not.toContain("s3cret-value");
    }
  });
});

describe("Neo4j errors → HTTP", () => {
  const error = (message: string, code: string) => {
    const e = new Neo4jError(message, code, "50N42", "error: general processing exception");
    return e;
  };

  it("reads Neo4j's position and moves it back past the EXPLAIN line", () => {
    expect(positionFromMessage("Invalid input (line 2, column 11 (offset: 18))")).toEqual({
      line: 2,
      column: 11,
      offset: 18,
    });
    const mapped = syntaxError(
      error(
        "Invalid input '': expected an expression (line 2, column 11 (offset: 18))\n\"RETURN 1 +\"",
        "Neo.ClientError.Statement.SyntaxError",
      ),
    );
    expect(mapped).toMatchObject({
      statusCode: 400,
      message: "Invalid input '': expected an expression",
      details: { position: { line: 1, column: 11, offset: 10 } },
    });
  });

  it("maps unavailability to 503, timeouts to 422 naming the limit, other client errors to 400", () => {
    expect(mapNeo4jError(error("Could not perform discovery", "ServiceUnavailable"))).toMatchObject({
      statusCode: 503,
      code: "neo4j_unavailable",
    });
    const timeout = mapNeo4jError(
      error("timed out", "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"),
      { timeoutMs: 5000 },
    );
    expect(timeout).toMatchObject({ statusCode: 422, message: expect.stringContaining("5 s") });
    expect(mapNeo4jError(error("bad", "Neo.ClientError.Statement.ArgumentError"))).toMatchObject({ statusCode: 400 });
    const internal = new Error("boom");
    expect(mapNeo4jError(internal)).toBe(internal);
    expect(mapNeo4jError(error("x", "Neo.DatabaseError.General.UnknownError"))).not.toBeInstanceOf(ApiError);
  });
});
