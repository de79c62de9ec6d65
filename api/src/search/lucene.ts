/**
 * User text → a Lucene query for Neo4j's full-text index. Only letters and digits survive
 * tokenising, so no user character can reach Lucene's syntax; each word then matches exactly
 * (boosted), as a prefix, and — when long enough to bear it — fuzzily, which finds "Mukono"
 * from "Mukkono".
 */
export const MAX_TOKENS = 8;

export function tokens(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((word) => word.slice(0, 40)))].slice(0, MAX_TOKENS);
}

export function luceneQuery(text: string): string | undefined {
  const words = tokens(text);
  if (words.length === 0) return undefined;
  const clauses = words.map((word) => {
    const parts = [`${word}^3`, `${word}*^2`];
    if (word.length >= 4) parts.push(`${word}~${word.length >= 6 ? 2 : 1}`);
    return `(${parts.join(" OR ")})`;
  });
  if (words.length > 1) clauses.push(`"${words.join(" ")}"^4`);
  return clauses.join(" OR ");
}

/** Rows of the edit-distance table, reused: search runs this for every word of every hit's text. */
let rows = [new Uint16Array(64), new Uint16Array(64)] as const;

/**
 * Whether the Levenshtein distance of a and b is at most max. Only that bound matters to Lucene's
 * fuzzy match, so words whose lengths alone differ by more are refused without the table, and the
 * table stops at the first row already past the bound.
 */
export function withinEditDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (rows[0].length <= b.length) rows = [new Uint16Array(b.length + 1), new Uint16Array(b.length + 1)];
  let [previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return false;
    [previous, current] = [current, previous];
  }
  return (previous[b.length] ?? 0) <= max;
}

/** Where in `text` a query word matches the way Lucene would have matched it, or -1. */
export function matchIndex(text: string, words: readonly string[]): number {
  const lower = text.toLowerCase();
  for (const match of lower.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    for (const query of words) {
      if (word === query || word.startsWith(query)) return match.index;
      if (query.length >= 4 && withinEditDistance(word, query, query.length >= 6 ? 2 : 1)) return match.index;
    }
  }
  return -1;
}

/** About `width` characters of `text` around `index`, cut at word boundaries. */
export function snippet(text: string, index: number, width = 140): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= width) return flat;
  const at = Math.max(0, Math.min(index, flat.length));
  let start = Math.max(0, at - Math.floor(width / 3));
  let end = Math.min(flat.length, start + width);
  start = Math.max(0, end - width);
  if (start > 0) start = flat.indexOf(" ", start) + 1 || start;
  if (end < flat.length) end = flat.lastIndexOf(" ", end) > at ? flat.lastIndexOf(" ", end) : end;
  return `${start > 0 ? "…" : ""}${flat.slice(start, end)}${end < flat.length ? "…" : ""}`;
}
