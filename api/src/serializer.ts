/**
 * Response serialization from the zod response schemas, which stay the one source of each shape.
 * fastify-type-provider-zod's serializer runs zod over every reply and then JSON.stringify: on the
 * hot routes zod alone cost as much as the stringify (bench/API-PROFILE.md). Here each route's
 * schema is turned into JSON Schema once, at start-up (the same conversion that publishes it in
 * /api/openapi.json), and compiled by fast-json-stringify, as Fastify does with JSON Schema routes:
 * it writes only the properties the schema names and fails on a missing required one. A schema
 * JSON Schema cannot express (a transform, say) keeps the zod serializer.
 */
import fastJson, { type Schema } from "fast-json-stringify";
import type { FastifySerializerCompiler } from "fastify";
import { serializerCompiler as zodSerializerCompiler } from "fastify-type-provider-zod";
import { z } from "zod";

type ResponseSchema = Parameters<typeof zodSerializerCompiler>[0]["schema"];

export function compileResponseSchema(schema: z.ZodType): ((data: unknown) => string) | undefined {
  try {
    const json = z.toJSONSchema(schema, { target: "draft-7", io: "output" });
    return fastJson(json as Schema);
  } catch {
    return undefined;
  }
}

export const serializerCompiler: FastifySerializerCompiler<ResponseSchema> = (route) => {
  const compiled = route.schema instanceof z.ZodType ? compileResponseSchema(route.schema) : undefined;
  return compiled ?? zodSerializerCompiler(route);
};
