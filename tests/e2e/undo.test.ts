import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPerson } from "../helpers/browser.js";
import { createMeetingViaApi, exportMarkdown, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { openMeetingAs, typeUnderHeading } from "../helpers/meeting-page.js";
import { startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

const MINE = "Anja summarised the consultations.";
const THEIRS = "Titti thanked the Secretariat.";
const textOf = (page: Page) => page.locator(".ProseMirror").innerText();

describe("undo in a shared document", () => {
  it("UNDO1: Ctrl+Z undoes only one's own typing, never another note-taker's; Ctrl+Shift+Z brings it back, on every page", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const anja = (await openPerson()).page;
    const titti = (await openPerson()).page;
    await openMeetingAs(anja, meeting.links.noteTaker, "Anja Gengo");
    await openMeetingAs(titti, meeting.links.chair, "Titti Cassa");

    await typeUnderHeading(anja, "Activities of the WG Strategy", MINE);
    await waitUntil(async () => expect(await textOf(titti)).toContain(MINE), 10_000);
    await typeUnderHeading(titti, "AoB", THEIRS);
    await waitUntil(async () => expect(await textOf(anja)).toContain(THEIRS), 10_000);

    // The last change in the document is Titti's: Anja's undo must still skip it.
    await anja.locator(".ProseMirror").focus();
    for (let presses = 0; presses < 5 && (await textOf(anja)).includes("consultations"); presses++) await anja.keyboard.press("Control+z");
    for (const page of [anja, titti]) {
      await waitUntil(async () => {
        const text = await textOf(page);
        expect(text).not.toContain("consultations");
        expect(text).toContain(THEIRS);
      }, 10_000);
    }

    await anja.keyboard.press("Control+Shift+z");
    for (let presses = 0; presses < 5 && !(await textOf(anja)).includes(MINE); presses++) await anja.keyboard.press("Control+Shift+z");
    await waitUntil(async () => expect(await textOf(titti)).toContain(MINE), 10_000);
    await waitUntil(async () => expect(await exportMarkdown(server.url, meeting)).toContain(MINE), 10_000);
    expect(await exportMarkdown(server.url, meeting)).toContain(THEIRS);
  });
});
