import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { saveScreenshot } from "./browser.js";

// A phone (360 and 420 px wide) and a laptop (1280 × 800): every page, screenshots in tests/artifacts/.
export const SCREENS = [
  { name: "360", width: 360, height: 740 },
  { name: "420", width: 420, height: 860 },
  { name: "1280", width: 1280, height: 800 },
];

/** The page does not scroll sideways: nothing is wider than the window. */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${where} scrolls sideways`).toBeLessThanOrEqual(0);
}

/** The control is in the window, not clipped by its container, and not squeezed below `minWidth`. */
export async function expectUsable(control: Locator, where: string, minWidth = 0): Promise<void> {
  await control.scrollIntoViewIfNeeded();
  const box = await control.boundingBox();
  const viewport = control.page().viewportSize()!;
  // Layout is in fractions of a pixel; a control scrolled into view may end a hair past the edge.
  const EDGE = 1;
  expect(box, `${where}: not displayed`).not.toBeNull();
  expect(box!.x, `${where}: starts left of the window`).toBeGreaterThanOrEqual(-EDGE);
  expect(box!.x + box!.width, `${where}: ends right of the window`).toBeLessThanOrEqual(viewport.width + EDGE);
  expect(box!.y + box!.height, `${where}: ends below the window`).toBeLessThanOrEqual(viewport.height + EDGE);
  expect(box!.width, `${where}: squeezed`).toBeGreaterThanOrEqual(minWidth);
  // Clipped by an ancestor's overflow, or covered by something else: the middle is not the control.
  const hit = await control.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const top = document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2);
    return top !== null && (element === top || element.contains(top));
  });
  expect(hit, `${where}: hidden or covered`).toBe(true);
}

/** Checks the page does not scroll sideways, then saves `tests/artifacts/narrow-<name>-<screen>.png`. */
export async function shoot(page: Page, screen: string, name: string): Promise<void> {
  await expectNoSidewaysScroll(page, `${name} @${screen}`);
  await saveScreenshot(page, `narrow-${name}-${screen}`);
}
