import { describe, expect, it } from "vitest";
import { openPerson, saveScreenshot } from "../helpers/browser.js";
import { createMeetingViaApi, exportMarkdown, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { openMeetingAs, typeUnderHeading } from "../helpers/meeting-page.js";
import { startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

describe("two browsers", () => {
  it("E2E1: two note-takers see each other's text and caret", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const anja = await openPerson();
    const titti = await openPerson();
    await openMeetingAs(anja.page, meeting.links.noteTaker, "Anja Gengo");
    await openMeetingAs(titti.page, meeting.links.chair, "Titti Cassa");

    await typeUnderHeading(anja.page, "Activities of the WG Strategy", "Amrita presented the activities and the general approach.");
    await typeUnderHeading(titti.page, "AoB", "Titti closed the meeting.");

    const editor = (page: typeof anja.page) => page.locator(".ProseMirror");
    await waitUntil(async () => expect(await editor(titti.page).innerText()).toContain("Amrita presented the activities and the general approach."), 10_000);
    await waitUntil(async () => expect(await editor(anja.page).innerText()).toContain("Titti closed the meeting."), 10_000);
    await waitUntil(async () => expect(await anja.page.locator(".collaboration-carets__label", { hasText: "Titti Cassa" }).count()).toBe(1), 10_000);
    await waitUntil(async () => expect(await titti.page.locator(".collaboration-carets__label", { hasText: "Anja Gengo" }).count()).toBe(1), 10_000);
    await waitUntil(async () => expect(await anja.page.getByTestId("connection-status").innerText()).toBe("Saved"), 10_000);
    // The picture should show the other person's caret, not only the top of the report.
    await anja.page.locator(".collaboration-carets__label", { hasText: "Titti Cassa" }).evaluate((label) => label.scrollIntoView({ block: "center" }));
    await saveScreenshot(anja.page, "e2e-two-browsers");

    const markdown = await exportMarkdown(server.url, meeting);
    expect(markdown).toContain("Amrita presented the activities and the general approach.");
    expect(markdown).toContain("Titti closed the meeting.");
  });
});
