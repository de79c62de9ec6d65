// Browser tests drive Debian's Chromium through playwright-core: no browser download, the one the OS patches.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Starts Chromium with a fresh profile and returns its (persistent) context: `newPage()`, then `close()`,
 * which also deletes the profile. Persistent, because Playwright takes --user-data-dir only that way.
 */
export async function launchChromium(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM_PATH} and there is none. ` +
        "Install it (Debian/Ubuntu: sudo apt-get install -y chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary.",
    );
  }
  const userDataDir = await mkdtemp(path.join(tmpdir(), "pg-chromium-"));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: FLAGS,
      viewport: { width: 1280, height: 800 },
    });
    // close() resolves only once the profile is gone too, since a test worker may exit right after it.
    // Chromium may still be writing to its profile as it exits: retry, and never fail a test over a temp dir.
    const closeBrowser = context.close.bind(context);
    context.close = async (options) => {
      await closeBrowser(options);
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }).catch(() => {});
    };
    return context;
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
