/**
 * The Cypher editor: Neo4j's CodeMirror 6 support (highlighting, its own parser's lint, schema
 * autocomplete) plus what the console adds: Ctrl/Cmd+Enter to run and a mark where Neo4j says a
 * query went wrong. This module pulls in the ~280 KB gzip parser, so only the lazily loaded console imports it.
 */
import { createCypherEditor, type EditorApi } from "@neo4j-cypher/codemirror";
import "@neo4j-cypher/codemirror/css/cypher-codemirror.css";
import { Prec, StateEffect, StateField, type Range } from "@codemirror/state";
import { closeCompletion } from "@codemirror/autocomplete";
import { Decoration, EditorView, keymap, type DecorationSet } from "@codemirror/view";
import type { EditorSupportSchema } from "@neo4j-cypher/editor-support";

const setErrorMark = StateEffect.define<{ from: number; to: number } | null>();

const errorMarkField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = marks.map(tr.changes);
    // Editing the query makes the old error stale.
    if (tr.docChanged) next = Decoration.none;
    for (const effect of tr.effects) {
      if (!effect.is(setErrorMark)) continue;
      const ranges: Range<Decoration>[] = effect.value
        ? [
            Decoration.mark({ class: "cm-error-mark", attributes: { title: "Neo4j reported an error here" } }).range(
              effect.value.from,
              effect.value.to,
            ),
          ]
        : [];
      next = Decoration.set(ranges);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

const errorMarkTheme = EditorView.baseTheme({
  ".cm-error-mark": {
    textDecoration: "underline wavy #c0392b",
    textDecorationSkipInk: "none",
    backgroundColor: "rgba(192, 57, 43, 0.15)",
  },
});

function isWrapped(value: EditorApi | { editor: EditorApi }): value is { editor: EditorApi } {
  return typeof (value as { editor?: unknown }).editor === "object";
}

export interface CypherEditor {
  readonly api: EditorApi;
  getValue(): string;
  setValue(value: string): void;
  setSchema(schema: EditorSupportSchema): void;
  markError(range: { from: number; to: number } | null): void;
  focus(): void;
  destroy(): void;
}

export function createEditor(
  parent: HTMLElement,
  opts: { value: string; schema: EditorSupportSchema; onRun: () => void },
): CypherEditor {
  const runKeys = Prec.highest(
    keymap.of([
      {
        key: "Mod-Enter",
        run: (view) => {
          // An open suggestion list would sit over the results once the query has run.
          closeCompletion(view);
          opts.onRun();
          return true;
        },
      },
    ]),
  );
  const created: EditorApi | { editor: EditorApi } = createCypherEditor(parent, {
    value: opts.value,
    schema: opts.schema,
    theme: "light",
    lineNumbers: true,
    lineWrapping: true,
    placeholder: "MATCH (o:Organisation) RETURN o.name",
    postExtensions: [runKeys, errorMarkField, errorMarkTheme],
  });
  // 1.0.3 returns { editor } although its declarations promise the editor itself.
  const api = isWrapped(created) ? created.editor : created;
  const view = api.codemirror;
  return {
    api,
    getValue: () => view.state.doc.toString(),
    setValue: (value) => api.setValue(value),
    setSchema: (schema) => api.setSchema(schema),
    markError(range) {
      const length = view.state.doc.length;
      const clamped = range ? { from: Math.min(range.from, length), to: Math.min(range.to, length) } : null;
      view.dispatch({
        effects: setErrorMark.of(clamped && clamped.to > clamped.from ? clamped : null),
        ...(clamped ? { selection: { anchor: clamped.from }, scrollIntoView: true } : {}),
      });
    },
    focus: () => api.focus(),
    destroy: () => api.destroy(),
  };
}
