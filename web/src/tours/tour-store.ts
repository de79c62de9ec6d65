/**
 * The tours people make in the page, kept in the browser and moved between browsers as JSON files.
 * Everything read back (from storage or a file) goes through the tour schema, so a hand-edited or
 * stale file is reported instead of half-loaded.
 */
import { Tour, type TourStep } from "@pg/seed/tour-schema";
import type { KeyValueStore } from "../console/history";

const KEY = "pg.tours.mine";

export function readMyTours(store: KeyValueStore): Tour[] {
  let raw: unknown;
  try {
    raw = JSON.parse(store.getItem(KEY) ?? "[]");
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = Tour.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

export function writeMyTours(store: KeyValueStore, tours: readonly Tour[]): void {
  store.setItem(KEY, JSON.stringify(tours));
}

export type ImportResult = { ok: true; tour: Tour } | { ok: false; message: string };

export function parseTourFile(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: "The file is not JSON." };
  }
  const parsed = Tour.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` at ${first.path.join(".")}` : "";
    return { ok: false, message: `The file is not a tour${where}: ${first?.message ?? "invalid"}` };
  }
  return { ok: true, tour: parsed.data };
}

/** Indented for people to read, but a captured position stays on one line: `"gran": [12.5, -40]`. */
export function tourToJson(tour: Tour): string {
  const text = JSON.stringify(tour, null, 2).replace(/\[\s+(-?[\d.e+-]+),\s+(-?[\d.e+-]+)\s+\]/g, "[$1, $2]");
  return text + "\n";
}

/** Moves a step up (-1) or down (+1); out-of-range moves leave the list as it is. */
export function moveStep(steps: readonly TourStep[], index: number, by: -1 | 1): TourStep[] {
  const target = index + by;
  const next = [...steps];
  if (index < 0 || index >= steps.length || target < 0 || target >= steps.length) return next;
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** A fresh id for a tour made in the page: unique among the given ids, a valid slug. */
export function newTourId(title: string, taken: ReadonlySet<string>): string {
  const base =
    title
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .slice(0, 40)
      .replace(/^-+|-+$/g, "") || "my-tour";
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
