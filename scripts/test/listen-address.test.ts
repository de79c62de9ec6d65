import { describe, expect, it } from "vitest";
import { listenAddress } from "../local-neo4j";

describe("listenAddress (npm run db)", () => {
  it("defaults to 127.0.0.1:7687", () => {
    expect(listenAddress(undefined)).toEqual({ host: "127.0.0.1", port: 7687 });
  });

  it("takes host and port from NEO4J_URI", () => {
    expect(listenAddress("bolt://127.0.0.1:7701")).toEqual({ host: "127.0.0.1", port: 7701 });
    expect(listenAddress("neo4j://localhost")).toEqual({ host: "127.0.0.1", port: 7687 });
    expect(listenAddress("bolt://[::1]:7702")).toEqual({ host: "::1", port: 7702 });
  });

  it("refuses anything but loopback and plain Bolt", () => {
    expect(() => listenAddress("bolt://0.0.0.0:7687")).toThrow(/loopback only/);
    expect(() => listenAddress("neo4j+s://abc.databases.neo4j.io")).toThrow(/plain Bolt/);
    expect(() => listenAddress("http://127.0.0.1:7474")).toThrow(/bolt:\/\/ or neo4j:\/\//);
  });
});
