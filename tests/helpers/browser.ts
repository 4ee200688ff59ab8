import fs from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll } from "vitest";
import { launchChromium } from "./chromium.js";

export { CHROMIUM_PATH } from "./chromium.js";
export const ARTIFACTS_DIR = fileURLToPath(new URL("../artifacts/", import.meta.url));

let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
  browser = undefined;
});

/** One headless Chromium per test file, closed after the file's tests. */
export async function launchBrowser(): Promise<Browser> {
  browser ??= await launchChromium();
  return browser;
}

/** A fresh browser profile (its own IndexedDB and localStorage): one person on one laptop. */
export async function openPerson(options: { viewport?: { width: number; height: number } } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await (await launchBrowser()).newContext({ viewport: options.viewport ?? { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
  return { context, page };
}

/** Saves a screenshot under tests/artifacts/ and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = `${ARTIFACTS_DIR}${name}.png`;
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
