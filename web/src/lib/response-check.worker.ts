/**
 * Checks a big answer of the API against its contract off the main thread. The page parses the same
 * text itself meanwhile and uses it only once this says it is well formed: at 20k nodes the zod check
 * of /api/graph blocked the page for 300–600 ms, twice what parsing the JSON costs.
 */
import { CHECKED_OFF_THREAD, type CheckAnswer, type CheckRequest } from "./response-check";

self.onmessage = (e: MessageEvent<CheckRequest>) => {
  const { id, schema, bytes } = e.data;
  let answer: CheckAnswer;
  try {
    const parsed = CHECKED_OFF_THREAD[schema].safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    answer = parsed.success
      ? { id, ok: true, issues: [] }
      : { id, ok: false, issues: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`) };
  } catch (error) {
    answer = { id, ok: false, issues: [String(error)] };
  }
  (self as unknown as Worker).postMessage(answer);
};
