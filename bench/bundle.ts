/**
 * Initial JavaScript of the built app, gzipped: the entry scripts and modulepreloads index.html names, and
 * Cytoscape's chunk, which the entry imports as it starts (web/src/lib/graph/cytoscape-module.ts).
 */
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export async function initialJs(
  distDir: string,
): Promise<{ totalKb: number; files: { file: string; gzip_kb: number }[] }> {
  const html = await readFile(join(distDir, "index.html"), "utf8");
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)) if (m[1]) refs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)) if (m[1]) refs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*href="([^"]+\.js)"[^>]*rel="modulepreload"/g)) if (m[1]) refs.add(m[1]);
  const cytoscapeChunk = (await readdir(join(distDir, "assets"))).find((f) => /^cytoscape\.esm-.*\.js$/.test(f));
  if (!cytoscapeChunk) throw new Error(`no Cytoscape chunk in ${distDir}/assets: has its dynamic import gone?`);
  refs.add(`/assets/${cytoscapeChunk}`);
  const files = [];
  for (const ref of refs) {
    const body = await readFile(join(distDir, ref.replace(/^\//, "")));
    files.push({ file: ref, gzip_kb: gzipSync(body, { level: 9 }).length / 1024 });
  }
  return { totalKb: files.reduce((sum, f) => sum + f.gzip_kb, 0), files };
}
