/** Serves the bundled baseline pages and the graph they draw (graph.json?g=<name>). */
import { readFile } from "node:fs/promises";
import { createServer, type Server, type ServerResponse } from "node:http";
import { extname, join, normalize } from "node:path";
import type { BenchGraph } from "../web/bench-graph";

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

/** Answers with a file under `dir` (403 for a path that leaves it, 404 for one that is not there). */
export async function sendFile(res: ServerResponse, dir: string, pathname: string): Promise<void> {
  const file = normalize(join(dir, pathname));
  if (!file.startsWith(dir)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
  } catch {
    res.writeHead(404).end();
  }
}

export async function serveBenchPages(
  dir: string,
  graphs: Map<string, BenchGraph>,
): Promise<{ url: string; close(): Promise<void> }> {
  const bodies = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/graph.json") {
      const name = url.searchParams.get("g") ?? "";
      const graph = graphs.get(name);
      if (!graph) return res.writeHead(404).end();
      if (!bodies.has(name)) bodies.set(name, JSON.stringify(graph));
      return res.writeHead(200, { "content-type": "application/json" }).end(bodies.get(name));
    }
    return sendFile(res, dir, url.pathname);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
