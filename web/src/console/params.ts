/** $parameters typed as JSON in the console: an empty box means no parameters. */
export type ParamsResult = { ok: true; params: Record<string, unknown> } | { ok: false; message: string };

export function parseParams(text: string): ParamsResult {
  if (text.trim() === "") return { ok: true, params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Parameters are not valid JSON: ${(error as Error).message}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, message: 'Parameters must be a JSON object, e.g. { "id": "gran" }' };
  }
  return { ok: true, params: value as Record<string, unknown> };
}

/** The $names a query uses, so the console can offer a skeleton for the parameters box. */
export function paramNames(query: string): string[] {
  const names = new Set<string>();
  for (const match of query.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) if (match[1]) names.add(match[1]);
  return [...names];
}
