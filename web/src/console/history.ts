/**
 * The console's query history, newest first, kept in the browser. The storage is passed in so the
 * same code runs against localStorage in the page and a Map in unit tests.
 */
export interface HistoryEntry {
  query: string;
  params: string;
  at: number;
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const KEY = "pg.console.history";
export const HISTORY_LIMIT = 50;

export function readHistory(store: KeyValueStore): HistoryEntry[] {
  try {
    const parsed: unknown = JSON.parse(store.getItem(KEY) ?? "[]");
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter(
        (e): e is HistoryEntry =>
          typeof e === "object" && e !== null && typeof e.query === "string" && typeof e.at === "number",
      )
      .map((e) => ({ ...e, params: typeof e.params === "string" ? e.params : "" }));
  } catch {
    return [];
  }
}

/** Adds a run to the front; running the same query again moves it up instead of repeating it. */
export function addToHistory(store: KeyValueStore, entry: HistoryEntry): HistoryEntry[] {
  const next = [entry, ...readHistory(store).filter((e) => e.query.trim() !== entry.query.trim())].slice(
    0,
    HISTORY_LIMIT,
  );
  try {
    store.setItem(KEY, JSON.stringify(next));
  } catch {
    // A full or disabled storage only costs the history, never the query.
  }
  return next;
}
