/**
 * Serves the built web app at / when web/dist exists, with the SPA fallback: any GET outside
 * /api that matches no file gets index.html, so deep links survive a reload.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { REPO_ROOT } from "./neo4j/cypher-files";

export function webDistDir(setting: string): string | undefined {
  const dir = path.resolve(REPO_ROOT, setting);
  return existsSync(path.join(dir, "index.html")) ? dir : undefined;
}

export async function registerWebApp(app: FastifyInstance, dir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: dir,
    prefix: "/",
    wildcard: true,
    index: ["index.html"],
    setHeaders(res, filePath) {
      // Vite puts content hashes in asset names, so they never change; index.html must always be revalidated.
      const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
      res.header("cache-control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
}
