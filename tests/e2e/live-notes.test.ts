import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { openPerson, saveScreenshot } from "../helpers/browser.js";
import { createMeetingViaApi, exportMarkdown, sampleMeetingRequest, type TestMeeting } from "../helpers/meetings-api.js";
import { locallyStoredText } from "../helpers/local-copy.js";
import { clickIntoBlock, openMeetingAs, typeUnderHeading } from "../helpers/meeting-page.js";
import { startTestServer, type TestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

type Person = { context: BrowserContext; page: Page };

const PARTICIPANTS = [
  { name: "Anja Gengo", affiliation: "IGF Secretariat", role: "Secretariat" },
  { name: "Anriette Esterhuysen", affiliation: "Association for Progressive Communications" },
  { name: "Amrita Choudhury", affiliation: "CCAOI" },
  { name: "Titti Cassa", affiliation: "Government of Italy" },
];

const editorOf = (page: Page) => page.locator(".ProseMirror");
/** The report's text without other people's carets or the controls beside action items. */
const reportText = (page: Page) =>
  editorOf(page).evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("[contenteditable='false'], .collaboration-carets__caret").forEach((element) => element.remove());
    return copy.innerText;
  });
const openTab = (page: Page, title: string) => page.getByRole("tab", { name: title }).click();

describe("live notes: mentions, action items, shorthand, offline", () => {
  let server: TestServer;
  let meeting: TestMeeting;
  let anja: Person;
  let titti: Person;
  let amrita: Person;
  let everyone: Person[];

  beforeAll(async () => {
    server = await startTestServer();
    meeting = await createMeetingViaApi(server.url, sampleMeetingRequest({ participants: PARTICIPANTS }));
    [anja, titti, amrita] = await Promise.all([openPerson(), openPerson(), openPerson()]);
    everyone = [anja, titti, amrita];
    await openMeetingAs(anja.page, meeting.links.noteTaker, "Anja Gengo");
    await openMeetingAs(titti.page, meeting.links.chair, "Titti Cassa");
    await openMeetingAs(amrita.page, meeting.links.noteTaker, "Amrita Choudhury");
  });

  it("E2E3a: a mention picked from the @ list with the keyboard reaches everyone and exports as the plain name", async () => {
    await typeUnderHeading(anja.page, "Activities of the WG Strategy", "The floor was given to @an");
    const options = anja.page.getByRole("listbox", { name: "Participants to mention" }).getByRole("option");
    await waitUntil(async () => expect(await options.allInnerTexts()).toEqual(["Anja Gengo\nIGF Secretariat", "Anriette Esterhuysen\nAssociation for Progressive Communications"]));
    await saveScreenshot(anja.page, "e2e-live-notes-mention-menu");
    await anja.page.keyboard.press("ArrowDown");
    await anja.page.keyboard.press("Enter");
    await anja.page.keyboard.type("who presented the work plan.", { delay: 5 });

    for (const { page } of everyone) {
      await waitUntil(async () => expect(await editorOf(page).locator("span.mention", { hasText: "Anriette Esterhuysen" }).count()).toBe(1), 10_000);
    }
    // The others seeing the mention says nothing of the words typed after it: those may still be on their way.
    await waitUntil(async () => {
      const markdown = await exportMarkdown(server.url, meeting);
      expect(markdown).toContain("The floor was given to Anriette Esterhuysen who presented the work plan.");
      expect(markdown).not.toContain("@Anriette");
    });
  });

  it("E2E3b: a late joiner added by anyone is offered by the @ list (opened from the toolbar) at once", async () => {
    await openTab(titti.page, "Participants");
    await titti.page.getByLabel("Name of the participant to add").fill("Bertrand de La Chapelle");
    await titti.page.getByLabel("Affiliation of the participant to add").fill("Internet & Jurisdiction Policy Network");
    await titti.page.getByRole("button", { name: "Add", exact: true }).click();

    await anja.page.keyboard.press("Enter");
    await anja.page.getByRole("button", { name: "Mention a participant" }).click();
    await anja.page.keyboard.type("bert", { delay: 5 });
    const option = anja.page.getByRole("option", { name: /Bertrand de La Chapelle/ });
    await waitUntil(async () => expect(await option.count()).toBe(1), 10_000);
    await anja.page.keyboard.press("Enter");
    await anja.page.keyboard.type("joined late.", { delay: 5 });
    await waitUntil(async () => expect(await editorOf(amrita.page).innerText()).toContain("Bertrand de La Chapelle joined late."), 10_000);
  });

  it("E2E3c: shorthand at the start of a paragraph makes a mention (named by first name, as the template says), an action, a decision and an internal note", async () => {
    const page = amrita.page;
    await typeUnderHeading(page, "AoB", "amrita: said the group should meet in March.");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Anriette: agreed.", { delay: 5 });
    await page.keyboard.press("Enter");
    await page.keyboard.type("decision: The group will meet in March.", { delay: 5 });
    await page.keyboard.press("Enter");
    await page.keyboard.type("note: check the date with the Secretariat.", { delay: 5 });
    await page.keyboard.press("Enter");
    await page.keyboard.type("action: Send the draft summary to the WG list.", { delay: 5 });
    await page.keyboard.press("Enter");
    await page.keyboard.type("/action Book the room for March.", { delay: 5 });

    const editor = editorOf(page);
    await waitUntil(async () => expect(await editor.locator("p > span.mention", { hasText: "Amrita" }).count()).toBe(1));
    expect(await editor.locator("p", { hasText: "agreed." }).locator("span.mention").innerText()).toBe("Anriette");
    expect(await editor.locator(".decision").innerText()).toBe("The group will meet in March.");
    expect(await editor.locator(".internal-note").innerText()).toBe("check the date with the Secretariat.");
    expect(await editor.locator(".action-item-view .action-text").allInnerTexts()).toEqual(["Send the draft summary to the WG list.", "Book the room for March."]);

    await openTab(titti.page, "Speakers");
    const speakers = titti.page.getByRole("tabpanel");
    await waitUntil(async () => expect(await speakers.getByRole("list", { name: /Mentioned under .*AoB/ }).innerText()).toMatch(/Amrita\s+×1[\s\S]*Anriette\s+×1/), 10_000);
    await waitUntil(async () => expect(await speakers.getByRole("list", { name: /Mentioned under .*Activities/ }).innerText()).toContain("Anriette Esterhuysen"), 10_000);
    await saveScreenshot(titti.page, "e2e-live-notes-speakers");
  });

  it("E2E3d: an action item with owner and due date set in the editor is in every Actions panel and in the export's action table", async () => {
    const page = titti.page;
    await clickIntoBlock(page, editorOf(page).locator(".internal-note"));
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Control+Shift+A");
    await page.keyboard.type("Circulate the revised work plan to the WG", { delay: 5 });
    const action = editorOf(page).locator(".action-item-view", { hasText: "Circulate the revised work plan" });
    await action.getByLabel("Action owner").selectOption("Anja Gengo");
    await action.getByLabel("Action due date").fill("2023-03-01");

    for (const { page: other } of everyone) {
      await openTab(other, "Actions");
      const panel = other.getByRole("tabpanel");
      await waitUntil(async () => expect(await panel.getByRole("listitem").filter({ hasText: "Circulate the revised work plan to the WG" }).innerText()).toContain("Anja Gengo · due 2023-03-01 · open"), 10_000);
    }
    await anja.page.getByRole("button", { name: "Go to action: Circulate the revised work plan to the WG" }).click();
    await saveScreenshot(anja.page, "e2e-live-notes-actions");

    const markdown = await exportMarkdown(server.url, meeting);
    expect(markdown).toMatch(/\| Circulate the revised work plan to the WG +\| Anja Gengo +\| 1 March 2023 +\| Open +\|/);
    expect(markdown).toContain("- [ ] **Action:** Circulate the revised work plan to the WG *(Anja Gengo, by 1 March 2023)*");

    await titti.page.getByRole("button", { name: "Keyboard shortcuts" }).click();
    await waitUntil(async () => expect(await titti.page.getByRole("dialog", { name: "Keyboard shortcuts" }).isVisible()).toBe(true));
    await saveScreenshot(titti.page, "e2e-live-notes-shortcuts");
    await titti.page.keyboard.press("Escape");
  });

  it("E2E3e: a page reloaded while offline opens from the service worker with its unsent text, and converges once back online", async () => {
    const page = amrita.page;
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    page.on("dialog", (dialog) => void dialog.accept());

    await amrita.context.setOffline(true);
    await waitUntil(async () => expect(await page.getByTestId("connection-status").innerText()).toMatch(/^Offline/), 10_000);
    await editorOf(page).locator("p", { hasText: "joined late." }).click();
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Written offline, the WG thanked the Secretariat.", { delay: 5 });
    // IndexedDB writes are asynchronous: a person pauses for a moment before reloading; we wait until the local copy has the text.
    await waitUntil(async () => expect(await locallyStoredText(page, meeting.id)).toContain("Written offline, the WG thanked the Secretariat."));
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    await waitUntil(async () => expect(await editorOf(page).innerText()).toContain("Written offline, the WG thanked the Secretariat."), 10_000);
    // Whatever the pill says while the socket cannot open, it must not claim the text is saved.
    await waitUntil(async () => expect(await page.getByTestId("connection-status").innerText()).toMatch(/^Offline: \d+ changes? not yet on the server$/), 10_000);
    await saveScreenshot(page, "e2e-live-notes-offline-reload");

    await amrita.context.setOffline(false);
    await waitUntil(async () => expect(await page.getByTestId("connection-status").innerText()).toBe("Saved"), 20_000);
    const texts = async () => Promise.all(everyone.map(({ page: other }) => reportText(other)));
    await waitUntil(async () => {
      const [first, ...rest] = await texts();
      expect(first).toContain("Written offline, the WG thanked the Secretariat.");
      for (const text of rest) expect(text).toBe(first);
    }, 20_000);
    expect(await exportMarkdown(server.url, meeting)).toContain("Written offline, the WG thanked the Secretariat.");
  }, 60_000);
});
