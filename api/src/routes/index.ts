/** Every feature's routes, mounted under /api. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Config } from "../config";
import { healthRoutes } from "./health";

export const apiRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config: _config }) => {
  await app.register(healthRoutes);
};
