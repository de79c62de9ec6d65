/**
 * fcose off the main thread, for when the API has no layout to give (offline, or a graph the API does
 * not have). The same run as the API's (@pg/api/layout/run-fcose), so the picture is the same.
 */
import type { ForceLayoutInput } from "@pg/api/contract/layout";
import { runFcose, type PositionRow } from "@pg/api/layout/run-fcose";

export interface LayoutRequest {
  id: number;
  input: ForceLayoutInput;
}
export interface LayoutResponse {
  id: number;
  positions: PositionRow[];
  ms: number;
}

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const { id, input } = e.data;
  const started = performance.now();
  void runFcose(input).then((positions) =>
    (self as unknown as Worker).postMessage({
      id,
      positions,
      ms: performance.now() - started,
    } satisfies LayoutResponse),
  );
};
