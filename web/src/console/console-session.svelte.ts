/**
 * What one visit to the console holds — the editor, the parameters, the last answer or failure, the
 * history and the examples — and the two things done with them: run the query, load another one.
 * The console's components read and write this one object instead of handing values around.
 */
import { fetchCompletionSchema, fetchExamples, runCypher, type Example } from "./console-api";
import type { CypherEditor } from "./cypher-editor";
import { errorRange, type CypherAnswer, type CypherFailure } from "./cypher-result";
import { addToHistory, readHistory, type HistoryEntry } from "./history";
import { paramNames, parseParams } from "./params";

export const STARTER = "MATCH (o:Organisation)-[r:PARTNER_IN]->(p:Partnership)\nRETURN o, r, p";

export class ConsoleSession {
  paramsText = $state("");
  running = $state(false);
  answer = $state.raw<CypherAnswer | null>(null);
  clientMs = $state(0);
  failure = $state.raw<CypherFailure | null>(null);
  paramsError = $state<string | null>(null);
  examples = $state.raw<Example[]>([]);
  history = $state.raw<HistoryEntry[]>([]);
  private editor: CypherEditor | null = null;
  private controller: AbortController | null = null;

  /** The query to start with: the one asked for, else the last one run here, else a starter. */
  start(initialQuery: string | undefined): string {
    this.history = readHistory(localStorage);
    void fetchExamples().then((list) => (this.examples = list));
    return initialQuery ?? this.history[0]?.query ?? STARTER;
  }

  attach(editor: CypherEditor): void {
    this.editor = editor;
    void fetchCompletionSchema().then((schema) => this.editor?.setSchema(schema));
  }

  dispose(): void {
    this.controller?.abort();
    this.editor?.destroy();
    this.editor = null;
  }

  async run(): Promise<void> {
    const editor = this.editor;
    if (!editor || this.running) return;
    const query = editor.getValue();
    if (query.trim() === "") return;
    const params = parseParams(this.paramsText);
    this.paramsError = params.ok ? null : params.message;
    // The last query's error no longer applies: this one was not sent.
    if (!params.ok) {
      this.failure = null;
      return;
    }
    editor.markError(null);
    this.running = true;
    this.failure = null;
    this.controller = new AbortController();
    try {
      const outcome = await runCypher(query, params.params, this.controller.signal);
      if (outcome.ok) {
        this.answer = outcome.answer;
        this.clientMs = outcome.clientMs;
        this.history = addToHistory(localStorage, { query, params: this.paramsText, at: Date.now() });
      } else {
        this.failure = outcome.failure;
        this.answer = null;
        if (outcome.failure.position) editor.markError(errorRange(query, outcome.failure.position));
      }
    } catch {
      // Aborted because the console closed: nothing to show.
    } finally {
      this.running = false;
    }
  }

  /** Puts a query in the editor, with its parameters, or a template of the `$names` it uses. */
  load(query: string, params = ""): void {
    this.editor?.setValue(query);
    const names = paramNames(query);
    this.paramsText =
      params || (names.length ? JSON.stringify(Object.fromEntries(names.map((n) => [n, ""])), null, 2) : "");
    this.failure = null;
    this.editor?.focus();
  }
}
