import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { waitUntil } from "./wait-until.js";

/** Opens an invitation link and answers the name prompt, as a person would. */
export async function openMeetingAs(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.locator(".ProseMirror").waitFor();
}

/** Puts the cursor in the empty paragraph under an agenda heading and types there. */
export async function typeUnderHeading(page: Page, heading: string, text: string): Promise<void> {
  await page.locator(".ProseMirror :is(h2, h3, h4)", { hasText: heading }).first().click();
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.type(text, { delay: 5 });
}

/**
 * Clicks into a block of the report until the editor has the caret there: a click that lands
 * while a collaborator's change re-renders the block is lost, as it would be for a person, who
 * clicks again.
 */
export async function clickIntoBlock(page: Page, block: Locator): Promise<void> {
  const caretInside = () => block.evaluate((element) => element.contains(window.getSelection()?.anchorNode ?? null) && document.activeElement?.classList.contains("ProseMirror") === true);
  await waitUntil(async () => {
    if (!(await caretInside())) await block.click();
    expect(await caretInside()).toBe(true);
  }, 10_000);
}
