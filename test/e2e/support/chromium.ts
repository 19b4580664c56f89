/**
 * Launches the system Chromium (Debian package, installed by .ci/setup-browser.sh)
 * through playwright-core; `npx playwright install` cannot download browsers here.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A persistent context on a fresh user-data dir, so no profile state leaks between runs. */
export async function launchChromium(viewport = { width: 1440, height: 900 }): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}; run .ci/setup-browser.sh (or set CHROMIUM_PATH).`);
  const userDataDir = await mkdtemp(join(tmpdir(), "kamergraaf-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, headless: true, args: ARGS, viewport, acceptDownloads: true });
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
