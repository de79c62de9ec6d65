/**
 * buildApp(config): plugins for infrastructure, routes by feature under /api, the built web app
 * at /, and one error handler. Nothing here listens; main.ts and the tests decide that.
 */
import { randomUUID } from "node:crypto";
import fastifyCors from "@fastify/cors";
import fastifyHelmet from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { Config } from "./config";
import { installErrorHandler } from "./error-handler";
import { ApiError } from "./errors";
import { neo4jPlugin } from "./neo4j/plugin";
import { apiRoutes } from "./routes";
import { serializerCompiler } from "./serializer";
import { registerWebApp, webDistDir } from "./web-static";

export interface BuildOptions {
  /** Where logs go instead of stdout (tests read them). */
  logStream?: NodeJS.WritableStream;
}

export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.LOG_LEVEL,
      ...(options.logStream ? { stream: options.logStream } : {}),
      redact: {
        paths: ["req.headers.authorization", "req.headers.cookie", "*.password", "*.NEO4J_PASSWORD"],
        censor: "[redacted]",
      },
    },
    bodyLimit: config.BODY_LIMIT_BYTES,
    requestIdHeader: "x-request-id",
    genReqId: () => randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  // A callback hook, not an async one: it runs on every reply, and a promise per reply costs.
  app.addHook("onSend", (request, reply, payload, done) => {
    reply.header("x-request-id", request.id);
    done(null, payload);
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Cytoscape and Svelte transitions set inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", "blob:"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  if (config.CORS_ORIGINS.length > 0) {
    await app.register(fastifyCors, { origin: config.CORS_ORIGINS, methods: ["GET", "HEAD", "POST"] });
  }
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ApiError(429, "rate_limited", `Too many requests; try again in ${context.after}.`, {
        limit: context.max,
      }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "partnership-graph API",
        description: "The Gran–Mukono–Lugazi partnership graph from the report “Has It Been Worth It?” (2012).",
        version: "0.1.0",
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });
  await app.register(neo4jPlugin, { config });

  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  await app.register(apiRoutes, { prefix: "/api", config });

  const webDir = webDistDir(config.WEB_DIST);
  if (webDir) await registerWebApp(app, webDir);

  app.setNotFoundHandler((request, reply) => {
    const isPage = (request.method === "GET" || request.method === "HEAD") && !request.url.startsWith("/api");
    if (webDir && isPage) return reply.header("cache-control", "no-cache").sendFile("index.html");
    return reply
      .status(404)
      .send({ error: { code: "not_found", message: `No route ${request.method} ${request.url.split("?")[0]}` } });
  });

  return app;
}
