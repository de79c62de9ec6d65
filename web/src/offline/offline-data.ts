/**
 * What the offline file carries: the graph, its metrics, every node's details, the knowledge-flow
 * chains and the tours, as the API answered them when the file was made. The API writes it into
 * <script type="application/json" id="pg-offline-data">; the viewer reads it back from there.
 */
import { z } from "zod";
import { Graph } from "@pg/api/contract";
import { Tour } from "@pg/seed/tour-schema";

export const OFFLINE_DATA_ID = "pg-offline-data";

export const OfflineData = z.object({
  generatedAt: z.string(),
  graph: Graph,
  /** The /api/metrics answer as it was. */
  metrics: z.unknown(),
  /** /api/nodes/{id} answers by id. */
  nodes: z.record(z.string(), z.unknown()),
  /** The /api/flows answer (all chains). */
  flows: z.unknown(),
  tours: z.array(Tour),
});
export type OfflineData = z.infer<typeof OfflineData>;

export function readOfflineData(doc: Document): OfflineData | null {
  const text = doc.getElementById(OFFLINE_DATA_ID)?.textContent;
  if (!text) return null;
  const parsed = OfflineData.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}
