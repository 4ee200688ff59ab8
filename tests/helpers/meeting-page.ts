import type { Page } from "playwright-core";

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
