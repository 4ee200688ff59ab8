import { describe, expect, it } from "vitest";
import { openPerson } from "../helpers/browser.js";
import { createMeetingViaApi, exportMarkdown, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { openMeetingAs, typeUnderHeading } from "../helpers/meeting-page.js";
import { startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

describe("typed-block shorthand never hides text", () => {
  it("SHORT1: 'note: ' or 'action: ' typed at the start of a paragraph that already has text changes nothing the exports drop; on an empty paragraph it still makes the block", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const { page } = await openPerson();
    await openMeetingAs(page, meeting.links.noteTaker, "Anja Gengo");
    const editor = page.locator(".ProseMirror");

    await typeUnderHeading(page, "AoB", "The group agreed to meet in March.");
    await page.keyboard.press("Home");
    await page.keyboard.type("note: ", { delay: 5 });
    await typeUnderHeading(page, "Activities of the WG Strategy", "Anja will book the room.");
    await page.keyboard.press("Home");
    await page.keyboard.type("action: ", { delay: 5 });
    await typeUnderHeading(page, "Next steps", "note: check the date with the Secretariat.");

    await waitUntil(async () => expect(await editor.locator(".internal-note").innerText()).toBe("check the date with the Secretariat."), 10_000);
    expect(await editor.locator(".internal-note").count()).toBe(1);
    expect(await editor.locator(".action-item-view").count()).toBe(0);
    await waitUntil(async () => {
      const markdown = await exportMarkdown(server.url, meeting);
      expect(markdown).toContain("note: The group agreed to meet in March.");
      expect(markdown).toContain("action: Anja will book the room.");
      expect(markdown).not.toContain("check the date");
    }, 10_000);
  }, 90_000);
});
