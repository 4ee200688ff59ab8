import { describe, expect, it } from "vitest";
import { openPerson, saveScreenshot } from "../helpers/browser.js";
import { callMeetingApi, createMeetingViaApi, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { openMeetingAs } from "../helpers/meeting-page.js";
import { startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

describe("correcting a meeting's details from the meeting page", () => {
  it("DETAILS7: the chair corrects the date in Details…; the header says it at once and the note-taker's title block changes live", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const noteTaker = (await openPerson()).page;
    await openMeetingAs(noteTaker, meeting.links.noteTaker, "Anja Gengo");
    const titleBlock = noteTaker.locator(".ProseMirror > p").first();
    await waitUntil(async () => expect(await titleBlock.innerText()).toContain("16 February 2023 at 14:00 UTC"), 10_000);

    const chair = (await openPerson()).page;
    await openMeetingAs(chair, meeting.links.chair, "Titti Cassa");
    await chair.getByRole("button", { name: "Details…" }).click();
    const dialog = chair.getByRole("dialog", { name: "Meeting details" });
    expect(await dialog.getByLabel("Series").inputValue()).toBe(meeting.series);
    expect(await dialog.getByLabel("Title").inputValue()).toBe("Online Meeting 51");
    expect(await dialog.getByLabel("Number").inputValue()).toBe("51");
    expect(await dialog.getByLabel("Date (UTC)").inputValue()).toBe("2023-02-16");
    expect(await dialog.getByLabel("Time (UTC)").inputValue()).toBe("14:00");
    expect(await dialog.getByLabel("Moderators").inputValue()).toBe("Titti Cassa");

    // A value the server refuses is shown beside its field, and the dialog stays open.
    await dialog.getByLabel("Title").fill("  ");
    await dialog.getByRole("button", { name: "Save details" }).click();
    await waitUntil(async () => expect(await dialog.locator(".details-title .field-error").innerText()).toBe("must not be empty"), 10_000);
    expect(await dialog.getByLabel("Title").getAttribute("aria-invalid")).toBe("true");

    await dialog.getByLabel("Title").fill("Online Meeting 51");
    await dialog.getByLabel("Date (UTC)").fill("2023-03-02");
    await dialog.getByLabel("Time (UTC)").fill("10:00");
    await dialog.getByLabel("Hosts").fill("IGF Secretariat");
    expect(await dialog.locator(".field-error").count()).toBe(0);
    expect(await dialog.locator(".details-when").innerText()).toBe("Thursday, 2 March 2023, 10:00 UTC");
    await saveScreenshot(chair, "e2e-meeting-details-dialog");
    await dialog.getByRole("button", { name: "Save details" }).click();

    await waitUntil(async () => expect(await chair.locator(".meeting-title .when").innerText()).toBe("2 March 2023, 10:00 UTC"), 10_000);
    expect(await dialog.count()).toBe(0);
    await waitUntil(async () => expect(await titleBlock.innerText()).toContain("2 March 2023 at 10:00 UTC"), 10_000);
    const noteTakerText = await noteTaker.locator(".ProseMirror").innerText();
    expect(noteTakerText).toContain("was held on 2 March 2023 at 10:00 UTC. The meeting was hosted by IGF Secretariat and moderated with the support of Titti Cassa.");
    expect(noteTakerText).not.toContain("16 February 2023");
    await waitUntil(async () => expect(await noteTaker.locator(".meeting-title .when").innerText()).toBe("2 March 2023, 10:00 UTC"), 10_000);
    expect(await noteTaker.getByText("Titti Cassa corrected the meeting details.").count()).toBe(1);
    await saveScreenshot(noteTaker, "e2e-meeting-details-note-taker");

    const viewer = (await openPerson()).page;
    await openMeetingAs(viewer, meeting.links.viewer, "Observer");
    await viewer.getByRole("button", { name: "Export…" }).waitFor();
    expect(await viewer.getByRole("button", { name: "Details…" }).count()).toBe(0);
    expect(await viewer.locator(".meeting-title .when").innerText()).toBe("2 March 2023, 10:00 UTC");

    // Once approved, the details are part of the locked record: the button goes on the open page.
    expect((await callMeetingApi(server.url, meeting, "/approve", { method: "POST" })).status).toBe(200);
    await waitUntil(async () => expect(await chair.getByRole("button", { name: "Details…" }).count()).toBe(0), 10_000);
  });
});
