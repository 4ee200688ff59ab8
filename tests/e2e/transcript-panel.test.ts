import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { YDOC } from "@rapporteur/shared";
import { openPerson, saveScreenshot } from "../helpers/browser.js";
import { connectClient } from "../helpers/collab-client.js";
import { callMeetingApi, createMeetingViaApi, exportMarkdown, sampleMeetingRequest, type TestMeeting } from "../helpers/meetings-api.js";
import { openMeetingAs } from "../helpers/meeting-page.js";
import type { Person } from "../helpers/note-taker-and-chair.js";
import { startTestServer, type TestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

const AGENDA = [{ title: "Opening of the meeting" }, { title: "Work plan for 2023" }, { title: "Any other business" }];
const PARTICIPANTS = [{ name: "Anja Gengo" }, { name: "Anriette Esterhuysen" }, { name: "Jorge Cancio" }, { name: "Jorge Ruiz" }, { name: "Titti Cassa" }];
const VTT = [
  "WEBVTT", "",
  "00:01:00.000 --> 00:01:05.000", "<v Anja Gengo>Welcome everyone, let us start.", "",
  "00:06:10.000 --> 00:06:15.000", "<v Anriette E.>We support the work plan.", "",
  "00:07:00.000 --> 00:07:04.000", "Jorge: I agree with Anriette.", "",
  "00:12:00.000 --> 00:12:03.000", "<v Anja Gengo>Any other business?", "",
].join("\n");

const openTab = (page: Page, title: string) => page.getByRole("tab", { name: title }).click();
const panel = (page: Page) => page.locator(".transcript-panel");
const rowTexts = (page: Page) => panel(page).locator(".transcript-segment p").allInnerTexts();

/** Puts the cursor in the empty paragraph under an agenda heading, as a note-taker clicks there. */
async function clickUnderHeading(page: Page, heading: string): Promise<void> {
  await page.locator(".ProseMirror :is(h2, h3, h4)", { hasText: heading }).first().click();
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowDown");
}

describe("the transcript panel in real browsers", () => {
  let server: TestServer;
  let meeting: TestMeeting;
  let anja: Person;
  let titti: Person;

  beforeAll(async () => {
    server = await startTestServer();
    meeting = await createMeetingViaApi(server.url, sampleMeetingRequest({ agenda: AGENDA, participants: PARTICIPANTS }));
    // "Discuss now" was pressed during the call: item 1 at the start, item 2 five minutes in, item 3 at eleven.
    const chairClient = connectClient(server.url, meeting, { role: "chair" });
    await chairClient.synced;
    const at = (minutes: number) => new Date(Date.parse(meeting.startsAt) + minutes * 60_000).toISOString();
    const [first, second, third] = meeting.agenda;
    chairClient.doc.getMap(YDOC.session).set("itemTimes", {
      [first!.id]: { startedAt: at(0), endedAt: at(5) },
      [second!.id]: { startedAt: at(5), endedAt: at(11) },
      [third!.id]: { startedAt: at(11) },
    });
    [anja, titti] = await Promise.all([openPerson(), openPerson()]);
    await openMeetingAs(anja.page, meeting.links.noteTaker, "Anja Gengo");
    await openMeetingAs(titti.page, meeting.links.chair, "Titti Cassa");
  });

  it("TRANSCRIPT14 upload, follow the cursor to item 2, confirm a speaker, insert a segment: the other note-taker sees the attributed paragraph; the export has it without the provenance mark", async () => {
    await openTab(anja.page, "Transcript");
    await panel(anja.page).getByLabel("Upload transcript…").setInputFiles({ name: "call.vtt", mimeType: "text/vtt", buffer: Buffer.from(VTT) });
    await panel(anja.page).getByText("call.vtt: 4 segments read (WebVTT).").waitFor();

    await clickUnderHeading(anja.page, "Work plan for 2023");
    await waitUntil(async () => expect(await rowTexts(anja.page)).toEqual(["We support the work plan.", "I agree with Anriette."]));
    await expect(panel(anja.page).locator(".transcript-section").innerText()).resolves.toContain("Work plan for 2023");
    await clickUnderHeading(anja.page, "Any other business");
    await waitUntil(async () => expect(await rowTexts(anja.page)).toEqual(["Any other business?"]));
    await clickUnderHeading(anja.page, "Work plan for 2023");
    await waitUntil(async () => expect(await rowTexts(anja.page)).toHaveLength(2));

    // "Jorge" could be either Jorge: listed once for confirmation; "Anriette E." resolved on its own.
    const speakers = panel(anja.page).locator(".transcript-speakers");
    await expect(speakers.locator("li").allInnerTexts()).resolves.toEqual([expect.stringContaining("“Jorge” could be 2 people")]);
    await speakers.getByLabel("“Jorge” could be 2 people").selectOption({ label: "Jorge Ruiz (likely)" });
    await speakers.getByRole("button", { name: "Confirm" }).click();
    await waitUntil(async () => expect(await panel(anja.page).locator(".transcript-speaker").allInnerTexts()).toEqual(["Anriette Esterhuysen", "Jorge Ruiz"]));
    await saveScreenshot(anja.page, "e2e-transcript-panel-1280");

    await panel(anja.page).getByRole("button", { name: "Insert 00:06:10 as a paragraph" }).click();
    await panel(anja.page).getByRole("button", { name: "Insert 00:07:00 as a quote" }).click();

    // The chair's page: the paragraph under item 2, attributed with the same mention the shorthand makes.
    const inserted = titti.page.locator(".ProseMirror p", { hasText: "We support the work plan." });
    await waitUntil(async () => expect(await inserted.count()).toBe(1), 10_000);
    expect(await inserted.locator("span.mention").innerText()).toBe("Anriette Esterhuysen");
    expect(await inserted.locator("span.transcript-source").getAttribute("title")).toBe("From the transcript at 00:06:10");
    const sectionOf = await inserted.evaluate((paragraph) => {
      let node = paragraph.previousElementSibling;
      while (node && !/^H[2-4]$/.test(node.tagName)) node = node.previousElementSibling;
      return node?.textContent ?? "";
    });
    expect(sectionOf).toContain("Work plan for 2023");
    await waitUntil(async () => expect(await titti.page.locator(".ProseMirror blockquote").innerText()).toContain("“I agree with Anriette.”"));

    const markdown = await exportMarkdown(server.url, meeting);
    const section = markdown.slice(markdown.indexOf("Work plan for 2023", markdown.indexOf("Work plan for 2023") + 1), markdown.indexOf("Any other business", markdown.lastIndexOf("Work plan for 2023")));
    expect(section).toContain("Anriette Esterhuysen: We support the work plan.");
    expect(section).toMatch(/> “I agree with Anriette\.”\n>\n> — Jorge Ruiz/);
    expect(markdown).not.toMatch(/00:06:10|00:07:00|transcript/i);
  });

  it("TRANSCRIPT15 live captions posted with the chair's captioner token appear in the note-taker's open panel; the panel fits a 420 px screen", async () => {
    const issued = await callMeetingApi(server.url, meeting, "/transcript/captioner", { method: "POST" });
    const { token } = (await issued.json()) as { token: string };
    const posted = await fetch(`${server.url}/api/meetings/${meeting.id}/captions`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ cues: [{ speaker: "Anja Gengo", text: "A caption from the live captioner.", start: 9 * 60_000 }] }),
    });
    expect(posted.status).toBe(201);
    await waitUntil(async () => expect(await rowTexts(anja.page)).toContain("A caption from the live captioner."), 10_000);

    const narrow = await openPerson({ viewport: { width: 420, height: 900 } });
    await openMeetingAs(narrow.page, meeting.links.noteTaker, "Amrita Choudhury");
    await openTab(narrow.page, "Transcript");
    await clickUnderHeading(narrow.page, "Work plan for 2023");
    await waitUntil(async () => expect(await rowTexts(narrow.page)).toHaveLength(3));
    await panel(narrow.page).scrollIntoViewIfNeeded();
    await saveScreenshot(narrow.page, "e2e-transcript-panel-420");
    const overflow = await narrow.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
