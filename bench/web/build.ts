/** Bundles the two baseline pages (plain Cytoscape, sigma.js) with esbuild into a directory to serve. */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const HERE = dirname(fileURLToPath(import.meta.url));
export const BASELINE_PAGES = { "cytoscape-defaults": "cytoscape-page", sigma: "sigma-page" } as const;
export type BaselineVariant = keyof typeof BASELINE_PAGES;

export async function buildBenchPages(outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const html = await readFile(join(HERE, "page.html"), "utf8");
  for (const [variant, entry] of Object.entries(BASELINE_PAGES)) {
    await build({
      entryPoints: [resolve(HERE, `${entry}.ts`)],
      bundle: true,
      minify: true,
      format: "esm",
      target: "es2022",
      outfile: join(outDir, `${entry}.js`),
      logLevel: "warning",
    });
    await writeFile(join(outDir, `${variant}.html`), html.replace("SCRIPT", `${entry}.js`));
  }
}
