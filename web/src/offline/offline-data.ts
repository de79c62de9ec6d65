/**
 * What the offline file carries: the graph, its metrics, every node's details, the knowledge-flow
 * chains and the tours, as the API answered them when the file was made. The API writes it into
 * <script id="pg-offline-data"> (packed: gzip in base64); the viewer reads it back from there.
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
  /** The /api/layout answer (the force layout's positions), in files made since the API has one. */
  layout: z.unknown().optional(),
});
export type OfflineData = z.infer<typeof OfflineData>;

/** The data the API put in the file: gzip in base64 (see the API's offline route), or plain JSON. */
export async function readOfflineData(doc: Document): Promise<OfflineData | null> {
  const element = doc.getElementById(OFFLINE_DATA_ID);
  const text = element?.textContent?.trim();
  if (!element || !text) return null;
  const json = element.dataset["encoding"] === "gzip+base64" ? await gunzipBase64(text) : text;
  const parsed = OfflineData.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

async function gunzipBase64(text: string): Promise<string> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).text();
}
