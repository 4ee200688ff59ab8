import { describe, expect, it } from "vitest";
import { YDOC } from "@rapporteur/shared";
import { openPerson } from "../helpers/browser.js";
import { connectClient } from "../helpers/collab-client.js";
import { createMeetingViaApi, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { openMeetingAs } from "../helpers/meeting-page.js";
import { insertAfterHeading, yElement } from "../helpers/minute-blocks-y.js";
import { startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

describe("the editor's React node views under collaboration", () => {
  it("NODEVIEW1: when a collaborator deletes an action item, the action items after it keep their controls (not rebuilt: an open menu, a focused field stay)", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const writer = connectClient(server.url, meeting);
    await writer.synced;
    insertAfterHeading(writer.doc, "AoB", ["First", "Second", "Third"].map((text, index) =>
      yElement("actionItem", { id: `action-${index}`, owner: null, due: null, status: "open" }, [`${text} action`])));

    const { page } = await openPerson();
    await openMeetingAs(page, meeting.links.noteTaker, "Anja Gengo");
    const owners = page.locator(".action-item-view select[aria-label='Action owner']");
    await waitUntil(async () => expect(await owners.count()).toBe(3), 10_000);
    // Marks the DOM element the node view rendered: a rebuilt view renders a new one.
    await owners.nth(2).evaluate((select) => { (select as HTMLSelectElement & { kept?: boolean }).kept = true; });

    writer.doc.transact(() => {
      const body = writer.doc.getXmlFragment(YDOC.body);
      const first = body.toArray().findIndex((node) => "getAttribute" in node && node.getAttribute("id") === "action-0");
      body.delete(first, 1);
    });
    await waitUntil(async () => expect(await owners.count()).toBe(2), 10_000);
    expect(await page.locator(".action-item-view", { hasText: "Third action" }).locator("select").evaluate((select) => (select as HTMLSelectElement & { kept?: boolean }).kept === true)).toBe(true);
    writer.destroy();
    await server.close();
  }, 90_000);
});
