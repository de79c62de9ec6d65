/** Runs in a worker thread: fcose must not hold up the API's event loop for the seconds it can take. */
import { parentPort, workerData } from "node:worker_threads";
import type { ForceLayoutInput } from "../contract/layout";
import { runFcose } from "./run-fcose";

const started = performance.now();
runFcose(workerData as ForceLayoutInput).then(
  (rows) => parentPort?.postMessage({ rows, ms: performance.now() - started }),
  (error: unknown) => parentPort?.postMessage({ error: String(error) }),
);
