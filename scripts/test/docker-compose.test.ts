// No Docker engine runs here, so the compose file is checked as data: the things that keep it safe and working.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const read = (file: string) => readFileSync(`${ROOT}${file}`, "utf8");

const Service = z.object({
  image: z.string().optional(),
  build: z.unknown().optional(),
  environment: z.record(z.string(), z.string()),
  ports: z.array(z.string()),
  volumes: z.array(z.string()).optional(),
  depends_on: z.record(z.string(), z.object({ condition: z.string() })).optional(),
  healthcheck: z
    .object({ test: z.array(z.string()), interval: z.string(), timeout: z.string(), retries: z.number() })
    .optional(),
});
const Compose = z.object({
  services: z.object({ neo4j: Service, app: Service }),
  volumes: z.record(z.string(), z.unknown().nullable()),
});

const compose = Compose.parse(YAML.parse(read("docker-compose.yml")));
const { neo4j, app } = compose.services;

describe("docker-compose.yml", () => {
  it("runs Neo4j 5.26 Community with its data on a named volume", () => {
    expect(neo4j.image).toBe("neo4j:5.26-community");
    const volume = neo4j.volumes?.find((v) => v.endsWith(":/data"));
    const name = volume?.split(":")[0] ?? "";
    expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(Object.keys(compose.volumes)).toContain(name);
  });

  it("commits no password: both services require NEO4J_PASSWORD from the environment", () => {
    expect(neo4j.environment["NEO4J_AUTH"]).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?[^}]+\}$/);
    expect(app.environment["NEO4J_PASSWORD"]).toMatch(/^\$\{NEO4J_PASSWORD:\?[^}]+\}$/);
  });

  it("turns off file URLs for LOAD CSV and usage reporting, and sets a transaction timeout", () => {
    expect(neo4j.environment["NEO4J_dbms_security_allow__csv__import__from__file__urls"]).toBe("false");
    expect(neo4j.environment["NEO4J_dbms_usage__report_enabled"]).toBe("false");
    expect(neo4j.environment["NEO4J_db_transaction_timeout"]).toMatch(/^\d+s$/);
  });

  it("publishes every port on 127.0.0.1 only", () => {
    for (const port of [...neo4j.ports, ...app.ports]) expect(port).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
    expect(neo4j.ports).toContain("127.0.0.1:7687:7687");
    expect(app.ports).toContain("127.0.0.1:3000:3000");
  });

  it("has a Neo4j healthcheck that logs in, and starts the app only once Neo4j is healthy", () => {
    expect(neo4j.healthcheck?.test[0]).toBe("CMD-SHELL");
    expect(neo4j.healthcheck?.test[1]).toContain("cypher-shell");
    expect(app.depends_on?.["neo4j"]?.condition).toBe("service_healthy");
  });

  it("points the app at the neo4j service with the variables the API reads", () => {
    expect(app.build).toBe(".");
    expect(app.environment["NEO4J_URI"]).toBe("bolt://neo4j:7687");
    expect(Object.keys(app.environment)).toEqual(
      expect.arrayContaining(["NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE", "HOST", "PORT"]),
    );
  });
});

describe("Dockerfile", () => {
  const dockerfile = read("Dockerfile");

  it("builds the web app and runs scripts/start.ts as an unprivileged user", () => {
    expect(dockerfile).toMatch(/^FROM node:20/m);
    expect(dockerfile).toMatch(/^RUN npm ci/m);
    expect(dockerfile).toMatch(/npm run build/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^CMD \[.*"scripts\/start\.ts"\]$/m);
  });

  it("keeps local state out of the build context", () => {
    const ignored = read(".dockerignore").split("\n");
    expect(ignored).toEqual(expect.arrayContaining([".data", "**/node_modules", "neo4j/target"]));
  });
});
