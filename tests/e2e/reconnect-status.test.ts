import { describe, expect, it } from "vitest";
import { openPerson } from "../helpers/browser.js";
import { callMeetingApi, createMeetingViaApi, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { openMeetingAs } from "../helpers/meeting-page.js";
import { startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

describe("review status after a dropped connection", () => {
  it("REVIEW-UI10: a page that was offline while the draft was submitted shows the new status once it reconnects", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const { context, page } = await openPerson();
    await openMeetingAs(page, meeting.links.noteTaker, "Anja Gengo");
    const pills = page.locator(".meeting-status .pill");
    await waitUntil(async () => expect(await pills.allInnerTexts()).toContain("Drafting"), 10_000);

    await context.setOffline(true);
    await waitUntil(async () => expect(await page.getByTestId("connection-status").innerText()).toMatch(/Offline/), 10_000);
    expect((await callMeetingApi(server.url, meeting, "/submit", { method: "POST", body: {} })).status).toBe(200);
    await context.setOffline(false);
    await waitUntil(async () => expect(await pills.allInnerTexts()).toContain("In review"), 15_000);
  });
});
