/** Shared by the reliability tests: the API as users run it, against the Neo4j the global setup started. */
import { inject } from "vitest";
import "../test-support/provided-context";
import { connect } from "../bench/lib/data";
import { startApi, type ApiHandle } from "../bench/lib/stack";

export { connect, startApi, type ApiHandle };

export const sharedNeo4j = () => inject("neo4j");

export interface Answer {
  status: number;
  ms: number;
  body: unknown;
}

/** One request that never throws: a network failure is status 0. */
export async function call(url: string, init: RequestInit = {}, timeoutMs = 30_000): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON; kept as text for the assertion message
    }
    return { status: response.status, ms: performance.now() - started, body };
  } catch (error) {
    return { status: 0, ms: performance.now() - started, body: String(error) };
  }
}

export function isErrorShape(body: unknown): boolean {
  if (typeof body !== "object" || body === null || !("error" in body)) return false;
  const error = (body as { error: unknown }).error;
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string" &&
    typeof (error as { message?: unknown }).message === "string"
  );
}

export const postJson = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});
