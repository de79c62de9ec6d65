/**
 * The offline viewer: the app built as ONE HTML file (every script and style inline, one JS chunk,
 * no console, no layout worker) into dist-offline/offline.html. The API fills in the data when someone downloads it.
 */
import { svelte } from "@sveltejs/vite-plugin-svelte";
import path from "node:path";
import { defineConfig, type Plugin } from "vite";

const CONSOLE_STUB = path.join(import.meta.dirname, "src/offline/ConsoleUnavailable.svelte");

/** The console's editor is ~280 KB gzip and needs the server anyway: never bundle it here. */
function withoutConsole(): Plugin {
  return {
    name: "pg-without-console",
    enforce: "pre",
    resolveId(source) {
      return source.endsWith("/ConsoleView.svelte") ? CONSOLE_STUB : null;
    },
  };
}

/**
 * No layout worker in the file. The worker bundles its own copy of Cytoscape and fcose (about 590 KB,
 * 40% of the viewer), and the file does not need it: it carries the force layout the API computed
 * (/api/layout), which the explorer and present mode use first. Should a file lack it, creating the
 * worker fails, and the explorer falls back to its by-type layout.
 */
function withoutLayoutWorker(): Plugin {
  const pattern = /new Worker\(new URL\("\.\/graph\/layout\.worker\.ts", import\.meta\.url\), \{ type: "module" \}\)/;
  return {
    name: "pg-without-layout-worker",
    enforce: "pre",
    transform(code, id) {
      if (!id.endsWith("/src/lib/layout-client.ts")) return null;
      if (!pattern.test(code)) throw new Error("offline build: the layout worker is no longer created as expected");
      const refuse = `(() => { throw new Error("The offline file computes no layout; it carries the server's."); })()`;
      return code.replace(pattern, refuse);
    },
  };
}

/** Puts the emitted JS and CSS inside the HTML, so the file needs nothing beside it. */
function singleFile(): Plugin {
  return {
    name: "pg-single-file",
    enforce: "post",
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((f) => f.type === "asset" && f.fileName.endsWith(".html"));
      if (!html || html.type !== "asset") return;
      let text = String(html.source);
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type === "chunk") {
          // A dynamic import inlined into the one chunk keeps Vite's marker for the chunks to preload
          // with it, undefined at run time (Cytoscape's and cytoscape-svg's imports threw on it): none.
          const code = file.code.replace(/\b__VITE_PRELOAD__\b/g, "void 0").replace(/<\/script/gi, "<\\/script");
          // "<!--" followed by "<script" inside a script element changes how the HTML parser ends it.
          if (/<!--/.test(code) && /<script/i.test(code))
            throw new Error("offline build: the bundle holds <!-- and <script");
          const tag = new RegExp(`<script type="module"[^>]*src="[^"]*${escape(file.fileName)}"[^>]*></script>`);
          if (!tag.test(text)) throw new Error(`offline build: no script tag for ${file.fileName}`);
          text = text.replace(tag, () => `<script type="module">${code}</script>`);
          delete bundle[name];
        } else if (file.fileName.endsWith(".css")) {
          const tag = new RegExp(`<link rel="stylesheet"[^>]*href="[^"]*${escape(file.fileName)}"[^>]*>`);
          const css = String(file.source).replace(/<\/style/gi, "<\\/style");
          text = text.replace(tag, () => `<style>${css}</style>`);
          delete bundle[name];
        }
      }
      // Preload hints would point at files that no longer exist.
      text = text.replace(/<link rel="modulepreload"[^>]*>/g, "");
      html.source = text;
    },
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export default defineConfig({
  root: import.meta.dirname,
  mode: "offline",
  base: "./",
  plugins: [withoutConsole(), withoutLayoutWorker(), svelte(), singleFile()],
  build: {
    outDir: "dist-offline",
    emptyOutDir: true,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    cssCodeSplit: false,
    modulePreload: false,
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      input: path.join(import.meta.dirname, "offline.html"),
      output: { codeSplitting: false },
    },
  },
});
