import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { openPerson } from "../helpers/browser.js";
import { createMeetingViaApi, exportMarkdown, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { openMeetingAs, typeUnderHeading } from "../helpers/meeting-page.js";
import { expectNoSidewaysScroll, expectUsable, SCREENS, shoot } from "../helpers/narrow-checks.js";
import { startTestServer, type TestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

// Popups over the meeting page on a phone and on a laptop: the "@" menu and the version comparison.
const AGENDA = ["Welcome and adoption of the agenda", "Activities of the WG Strategy for 2023", "Report from the IGF Secretariat on the 2023 annual meeting in Kyoto",
  "Intersessional work and best practice forums", "National and regional initiatives", "Youth engagement", "Parliamentary track", "Leadership Panel", "Next meeting", "AoB"];
const PARTICIPANTS = [
  { name: "Anja Gengo", affiliation: "IGF Secretariat" }, { name: "Amrita Choudhury", affiliation: "CCAOI" },
  { name: "Anriette Esterhuysen", affiliation: "Association for Progressive Communications" }, { name: "Carlos Afonso", affiliation: "Instituto Nupef" },
  { name: "Wolfgang Kleinwächter", affiliation: "Ministry of Communications and Information Technology, Department of International Cooperation" },
  { name: "Titti Cassa", affiliation: "AgID" }, { name: "Roberto Zambrana", affiliation: "Alfa-Redi" },
];
// A web address with no place to break: the comparison must wrap it, not scroll sideways.
const LONG_LINK = "https://www.intgovforum.org/en/filedepot_download/56/24113/working-group-on-strengthening-and-strategy-online-meeting-51-summary-and-annexes";

/** What a person sees of the report: under the header, above the panels' tab bar when that is a sheet along the bottom. */
async function visibleReportArea(page: Page): Promise<{ top: number; bottom: number; width: number }> {
  return page.evaluate(() => {
    const scroller = document.querySelector(".meeting-scroll")!.getBoundingClientRect();
    const tabBar = document.querySelector("aside.side")!;
    const sheet = getComputedStyle(tabBar).position === "fixed";
    return { top: scroller.top, bottom: sheet ? tabBar.getBoundingClientRect().top : scroller.bottom, width: document.documentElement.clientWidth };
  });
}

/** Scrolls the report so the bottom of the caret's line is at `y` in the window. */
async function caretTo(page: Page, y: number): Promise<void> {
  await page.evaluate((target) => {
    const caret = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    document.querySelector(".meeting-scroll")!.scrollBy(0, caret.bottom - target);
  }, y);
}

/** The "@" menu lists everyone, inside the visible report area, with nothing drawn over its edges. */
async function expectMenuInView(page: Page, area: { top: number; bottom: number; width: number }, when: string): Promise<void> {
  const menu = page.getByRole("listbox", { name: "Participants to mention" });
  await waitUntil(async () => expect(await menu.getByRole("option").count()).toBe(PARTICIPANTS.length));
  // Placed once measured: hidden until then.
  await waitUntil(async () => expect(await menu.evaluate((element) => getComputedStyle(element).visibility)).toBe("visible"));
  const box = (await menu.boundingBox())!;
  const where = `${when}: "@" menu ${JSON.stringify(box)} in ${JSON.stringify(area)}`;
  expect(box.y, `${where}: starts above the report`).toBeGreaterThanOrEqual(area.top - 1);
  expect(box.y + box.height, `${where}: ends under the tab bar`).toBeLessThanOrEqual(area.bottom + 1);
  expect(box.x, `${where}: starts left of the window`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${where}: ends right of the window`).toBeLessThanOrEqual(area.width + 1);
  const corners = await menu.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    // Top and bottom edges, at the middle: the corners may be the list's scroll bar.
    const middle = rect.left + rect.width / 2;
    return [rect.top + 2, rect.bottom - 2].map((y) => element.contains(document.elementFromPoint(middle, y)));
  });
  expect(corners, `${where}: covered`).toEqual([true, true]);
}

describe("popups over the meeting page on a phone and on a laptop", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  }, 60_000);

  const newMeeting = () => createMeetingViaApi(server.url, sampleMeetingRequest({ agenda: AGENDA.map((title) => ({ title })), participants: PARTICIPANTS }));

  for (const screen of SCREENS) {
    it(`UI-NARROW4: at ${screen.width}×${screen.height} the "@" menu typed at the bottom of the visible report is entirely in view, above the tab bar and within the width`, async () => {
      const meeting = await newMeeting();
      const { page, context } = await openPerson({ viewport: screen });
      await openMeetingAs(page, meeting.links.chair, "Anja Gengo");
      await page.getByTestId("connection-status").getByText("Saved").waitFor();
      await typeUnderHeading(page, "Next meeting", "The date of the next call was proposed by ");
      const area = await visibleReportArea(page);
      const menu = page.getByRole("listbox", { name: "Participants to mention" });
      // Low enough for a menu below the caret to end under the tab bar, yet within the window.
      await caretTo(page, screen.height - 300);
      await page.keyboard.type(" @", { delay: 5 });
      await expectMenuInView(page, area, "caret 300 px above the window's bottom");
      await page.keyboard.press("Escape");
      await menu.waitFor({ state: "detached" });
      await page.keyboard.press("Backspace");
      // On the last line above the tab bar.
      await caretTo(page, area.bottom - 12);
      await page.keyboard.type(" @", { delay: 5 });
      await expectMenuInView(page, area, "caret on the last visible line");
      await shoot(page, screen.name, "mention-menu");
      await expectUsable(menu.getByRole("option").last(), "the menu's last participant");
      await page.keyboard.press("Enter");
      await page.locator(".ProseMirror span.mention").first().waitFor();
      await context.close();
    }, 60_000);

    it(`UI-NARROW5: at ${screen.width}×${screen.height} the comparison of two versions does not scroll sideways, wraps the text and keeps Close in reach`, async () => {
      const meeting = await newMeeting();
      const { page, context } = await openPerson({ viewport: screen });
      await openMeetingAs(page, meeting.links.chair, "Anja Gengo");
      await page.getByTestId("connection-status").getByText("Saved").waitFor();
      await nameVersion(page, "Agenda as sent");
      // On a phone the panel is a sheet over the report: closed to reach the text.
      const closeSheet = page.getByRole("button", { name: "Close the panel" });
      if (await closeSheet.isVisible()) await closeSheet.click();
      await typeUnderHeading(page, "Activities of the WG Strategy", `The summary and its annexes are at ${LONG_LINK} for comments until Friday.`);
      await waitUntil(async () => expect(await exportMarkdown(server.url, meeting)).toContain(LONG_LINK), 10_000);
      await nameVersion(page, "Draft after the call");
      await page.getByRole("tabpanel").getByRole("button", { name: "Compare" }).click();
      const dialog = page.getByRole("dialog", { name: /^Changes from version/ });
      await dialog.getByLabel("Differences").getByText(/filedepot/).waitFor();
      await expectNoSidewaysScroll(page, "compare dialog");
      const overflow = await dialog.evaluate((element) => [element, ...Array.from(element.querySelectorAll(".diff"))].map((each) => each.scrollWidth - each.clientWidth));
      expect(overflow, "the dialog and its diff scroll sideways by").toEqual([0, 0]);
      await expectUsable(dialog.getByRole("button", { name: "Close" }), "compare dialog: Close");
      await shoot(page, screen.name, "compare");
      await dialog.getByRole("button", { name: "Close" }).click();
      await dialog.waitFor({ state: "detached" });
      await context.close();
    }, 60_000);
  }
});

/** Opens the History tab and keeps the current text as a named version. */
async function nameVersion(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name: "History" }).click();
  const panel = page.getByRole("tabpanel");
  await panel.getByLabel("Name this version").fill(name);
  await panel.getByRole("button", { name: "Save" }).click();
  await panel.getByRole("list", { name: "Versions" }).getByRole("listitem").filter({ hasText: name }).waitFor();
}
