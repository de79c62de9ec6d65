/** Decorates the app with `db` and closes the driver when the app closes. */
import fp from "fastify-plugin";
import type { Config } from "../config";
import { createDatabase, type Database } from "./database";

declare module "fastify" {
  interface FastifyInstance {
    db: Database;
  }
}

export const neo4jPlugin = fp<{ config: Config }>(
  async (app, { config }) => {
    const db = createDatabase(config);
    app.decorate("db", db);
    app.addHook("onClose", async () => {
      await db.close();
    });
  },
  { name: "neo4j" },
);
