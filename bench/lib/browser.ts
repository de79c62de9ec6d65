/** Debian's Chromium through playwright-core, headless, with a software WebGL so sigma.js can draw. */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchBenchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      // No GPU here: SwiftShader gives sigma.js a WebGL context, as a GPU-less user's browser would.
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
    ],
  });
}
