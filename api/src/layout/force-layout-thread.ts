/** Runs in a worker thread: fcose must not hold up the API's event loop for the seconds it can take. */
import type { ForceLayoutInput } from "../contract/layout";
import { answerFromThread } from "../threads/run-in-thread";
import { runFcose } from "./run-fcose";

void answerFromThread(async (input: ForceLayoutInput) => {
  const started = performance.now();
  const rows = await runFcose(input);
  return { rows, ms: performance.now() - started };
});
