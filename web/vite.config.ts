import { svelte } from "@sveltejs/vite-plugin-svelte";
import { defineConfig } from "vite";

const apiPort = process.env.API_PORT ?? "3000";

export default defineConfig({
  root: import.meta.dirname,
  plugins: [svelte()],
  server: {
    proxy: { "/api": `http://127.0.0.1:${apiPort}` },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The explorer's initial bundle must stay under 400 KB gzip; heavy optional parts are dynamic imports.
    chunkSizeWarningLimit: 1200,
  },
});
