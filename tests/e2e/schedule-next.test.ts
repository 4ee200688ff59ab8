import { describe, expect, it } from "vitest";
import { openPerson, saveScreenshot } from "../helpers/browser.js";
import { createMeetingViaApi, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { openMeetingAs } from "../helpers/meeting-page.js";
import { startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

describe("schedule the next meeting from the meeting page", () => {
  it("SERIES-UI1: the chair schedules meeting n+1 at a chosen UTC time and lands in it, with this meeting's participants; viewers are not offered it", async () => {
    const server = await startTestServer();
    const participants = [
      { name: "Anja Gengo", affiliation: "IGF Secretariat" },
      { name: "Jorge Echeberría", affiliation: "LACNIC" },
    ];
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest({ participants, title: "Online Meeting XXIV", number: "XXIV" }));
    const chair = (await openPerson()).page;
    await openMeetingAs(chair, meeting.links.chair, "Titti Cassa");

    await chair.getByRole("button", { name: "Schedule next…" }).click();
    const dialog = chair.getByRole("dialog", { name: "Schedule the next meeting" });
    expect(await dialog.getByLabel("Date (UTC)").inputValue()).toBe("2023-03-02");
    expect(await dialog.getByLabel("Time (UTC)").inputValue()).toBe("14:00");
    await dialog.getByLabel("Date (UTC)").fill("2023-03-09");
    await dialog.getByLabel("Time (UTC)").fill("15:30");
    await saveScreenshot(chair, "e2e-schedule-next");
    await dialog.getByRole("button", { name: "Create the next meeting" }).click();

    await waitUntil(() => expect(new URL(chair.url()).pathname).not.toBe(`/m/${meeting.id}`), 10_000);
    await waitUntil(async () => expect(await chair.locator(".meeting-title h1").innerText()).toBe("Online Meeting XXV"), 10_000);
    expect(await chair.locator(".meeting-title .when").innerText()).toContain("15:30 UTC");
    await chair.getByRole("tab", { name: "Participants" }).click();
    await waitUntil(async () => expect(await chair.getByRole("tabpanel").innerText()).toContain("Jorge Echeberría"), 10_000);

    const viewer = (await openPerson()).page;
    await viewer.goto(meeting.links.viewer);
    await viewer.getByLabel("Name", { exact: true }).fill("Observer");
    await viewer.getByRole("button", { name: "Continue" }).click();
    await viewer.getByRole("button", { name: "Export…" }).waitFor();
    expect(await viewer.getByRole("button", { name: "Schedule next…" }).count()).toBe(0);
  });
});
