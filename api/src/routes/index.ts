/** Every feature's routes, mounted under /api, sharing one GraphStore (the cached network and metrics). */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Config } from "../config";
import { GraphStore } from "../graph/graph-store";
import { cypherRoutes } from "./cypher";
import { exportRoutes } from "./export";
import { flowRoutes } from "./flows";
import { graphRoutes } from "./graph";
import { healthRoutes } from "./health";
import { layoutRoutes } from "./layout";
import { metricRoutes } from "./metrics";
import { nodeRoutes } from "./nodes";
import { offlineRoutes } from "./offline";
import { pathRoutes } from "./paths";
import { queryRoutes } from "./queries";
import { schemaRoutes } from "./schema";
import { searchRoutes } from "./search";
import { toursRoutes } from "./tours";

declare module "fastify" {
  interface FastifyInstance {
    store: GraphStore;
  }
}

export const apiRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  app.decorate("store", new GraphStore(app.db));
  await app.register(healthRoutes);
  await app.register(cypherRoutes, { config });
  await app.register(exportRoutes);
  await app.register(flowRoutes);
  await app.register(graphRoutes);
  await app.register(layoutRoutes);
  await app.register(metricRoutes);
  await app.register(nodeRoutes);
  await app.register(toursRoutes);
  await app.register(offlineRoutes);
  await app.register(pathRoutes);
  await app.register(queryRoutes);
  await app.register(schemaRoutes);
  await app.register(searchRoutes);
};
