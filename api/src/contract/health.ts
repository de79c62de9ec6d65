import { z } from "zod";

export const HEALTH_STATUSES = ["ok", "degraded"] as const;

export const Health = z.object({
  status: z.enum(HEALTH_STATUSES),
  neo4j: z.object({
    reachable: z.boolean(),
    version: z.string().nullable(),
    edition: z.string().nullable(),
    latencyMs: z.number().nullable(),
  }),
});
export type Health = z.infer<typeof Health>;
