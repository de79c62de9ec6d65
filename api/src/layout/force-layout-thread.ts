/** Runs in a worker thread: a force layout must not hold up the API's event loop for the seconds it takes. */
import type { ForceLayoutInput } from "../contract/layout";
import { answerFromThread } from "../threads/run-in-thread";
import { runFcose } from "./run-fcose";
import { runForceAtlas2 } from "./run-forceatlas2";

void answerFromThread(async (input: ForceLayoutInput) => {
  const started = performance.now();
  const rows = input.options["name"] === "forceatlas2" ? runForceAtlas2(input) : await runFcose(input);
  return { rows, ms: performance.now() - started };
});
