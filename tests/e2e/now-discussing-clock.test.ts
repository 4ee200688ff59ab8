import { describe, expect, it } from "vitest";
import { openPerson } from "../helpers/browser.js";
import { createMeetingViaApi, exportMarkdown, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { openMeetingAs } from "../helpers/meeting-page.js";
import { startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

const HOUR = 3_600_000;
const hhmm = (at: number) => new Date(at).toISOString().slice(11, 16);

describe("now discussing on a laptop whose clock is wrong", () => {
  it("NOW7: the start time recorded is the server's time, not the clicking browser's clock (here three hours fast)", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const { page } = await openPerson();
    await page.clock.setFixedTime(new Date(Date.now() + 3 * HOUR));
    await openMeetingAs(page, meeting.links.chair, "Titti Cassa");

    const before = Date.now();
    await page.getByRole("button", { name: "Discuss 1. Activities of the WG Strategy for 2023 now" }).click();
    const after = Date.now();
    const possible = new Set([hhmm(before - 60_000), hhmm(before), hhmm(after), hhmm(after + 60_000)]);
    await waitUntil(async () => {
      const marker = /\*(\d\d:\d\d) UTC\*|\*(\d\d:\d\d)–/.exec(await exportMarkdown(server.url, meeting, "&times=true"));
      expect(marker).not.toBeNull();
      expect(possible).toContain(marker![1] ?? marker![2]);
    }, 10_000);
  });
});
