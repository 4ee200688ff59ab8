import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { AuditEntrySchema, formatMeetingDate, MeetingLinksSchema, MeetingSchema, YDOC, type Meeting } from "@rapporteur/shared";
import { connectClient } from "../helpers/collab-client.js";
import { bodyText } from "../helpers/edit-body.js";
import { callMeetingApi, createMeetingViaApi, exportMarkdown, sampleMeetingRequest, type TestMeeting } from "../helpers/meetings-api.js";
import { subscribeToStatus } from "../helpers/status-messages.js";
import { SqliteDocumentStore } from "@rapporteur/server";
import { makeTempDir, startTestServer, type TestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

/** The Markdown up to the first section heading: the title block and the opening paragraphs. */
const titleBlockOf = (markdown: string) => markdown.slice(0, markdown.indexOf("## Agenda"));

/** A note-taker's own wording in the opening paragraph, typed as an editor would. */
function rewriteInOpening(doc: Y.Doc, from: string, to: string): void {
  const opening = doc.getXmlFragment(YDOC.body).toArray().find((node) => node instanceof Y.XmlElement && node.nodeName === "paragraph" && node.toString().includes("held on"));
  const text = (opening as Y.XmlElement).get(0) as Y.XmlText;
  const at = text.toString().indexOf(from);
  doc.transact(() => {
    text.delete(at, from.length);
    text.insert(at, to);
  });
}

async function patchDetails(server: TestServer, meeting: TestMeeting, body: unknown, role: "chair" | "noteTaker" | "viewer" | null = "chair") {
  const response = await callMeetingApi(server.url, meeting, "", { method: "PATCH", body, role });
  return { status: response.status, json: (await response.json()) as { meeting?: unknown; error?: { code: string; fields?: Array<{ path: string }> } } };
}

async function readMeeting(server: TestServer, meeting: TestMeeting): Promise<Meeting> {
  return MeetingSchema.parse(((await (await callMeetingApi(server.url, meeting, "")).json()) as { meeting: unknown }).meeting);
}

describe("correcting a meeting's details (PATCH /api/meetings/:id)", () => {
  it("DETAILS1: a new date and title are stored, said by the title block and opening live, used by the export's file name, the audit log and search", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const original = await exportMarkdown(server.url, meeting);
    const before = titleBlockOf(original);
    expect(before).toContain("16 February 2023");
    const noteTaker = connectClient(server.url, meeting);
    await noteTaker.synced;
    const status = subscribeToStatus(noteTaker.provider);
    // The notice checked below goes out once, to the sockets subscribed by then.
    await status.subscribed;
    expect(bodyText(noteTaker.doc)).toContain("16 February 2023 at 14:00 UTC");

    const patched = await patchDetails(server, meeting, { startsAt: "2023-03-02T10:00:00Z", title: "Online Meeting 52 (rescheduled)" });
    expect(patched.status, JSON.stringify(patched.json)).toBe(200);
    expect(MeetingSchema.parse(patched.json.meeting)).toMatchObject({ startsAt: "2023-03-02T10:00:00.000Z", title: "Online Meeting 52 (rescheduled)" });
    expect(await readMeeting(server, meeting)).toMatchObject({ startsAt: "2023-03-02T10:00:00.000Z", title: "Online Meeting 52 (rescheduled)", series: meeting.series });

    const markdown = await exportMarkdown(server.url, meeting);
    const block = titleBlockOf(markdown);
    expect(block).toContain("**2 March 2023 at 10:00 UTC**");
    expect(block).toContain("held on 2 March 2023 at 10:00 UTC");
    expect(block).toContain("Online Meeting 52 (rescheduled)");
    expect(markdown).not.toContain("16 February 2023");
    expect(markdown).not.toContain("14:00");
    expect(block.split("Online Meeting 52 (rescheduled)").length).toBe(before.split("Online Meeting 51").length);
    // The sections after the title block are the template's, untouched.
    expect(markdown.slice(markdown.indexOf("## Agenda"))).toBe(original.slice(original.indexOf("## Agenda")));
    await waitUntil(() => expect(bodyText(noteTaker.doc)).toContain("2 March 2023 at 10:00 UTC"));
    expect(bodyText(noteTaker.doc)).not.toContain("16 February 2023");
    // Open pages re-read the meeting on a status notice: their headers show the correction too.
    await waitUntil(() => expect(status.notices).toContainEqual({ kind: "status", message: "chair corrected the meeting details." }));

    const file = await callMeetingApi(server.url, meeting, "/export?format=md", { role: "viewer" });
    expect(file.headers.get("content-disposition")).toContain('filename="2023-03-02 ');
    expect(file.headers.get("content-disposition")).toContain("Online Meeting 52 (rescheduled) Summary Report.md");

    const audit = ((await (await callMeetingApi(server.url, meeting, "/audit", { role: "viewer" })).json()) as { entries: unknown[] }).entries.map((entry) => AuditEntrySchema.parse(entry));
    expect(audit.at(-1)).toMatchObject({ action: "edit_details", role: "chair" });
    expect(audit.at(-1)?.detail).toContain("16 February 2023, 14:00 UTC → 2 March 2023, 10:00 UTC");

    const found = (await (await fetch(`${server.url}/api/meetings?q=rescheduled`)).json()) as { meetings: Meeting[] };
    expect(found.meetings.map((item) => item.id)).toEqual([meeting.id]);
  });

  it("DETAILS2: each old value is replaced once, longer ones first, and only in the title block; text the note-taker rewrote stays", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest({ agenda: [{ title: "Titti Cassa reports on 2023" }] }));
    const patched = await patchDetails(server, meeting, { moderators: ["Titti Cassa", "Anja Gengo"], startsAt: "2024-02-16T14:00:00Z" }, "noteTaker");
    expect(patched.status).toBe(200);
    const markdown = await exportMarkdown(server.url, meeting);
    const block = titleBlockOf(markdown);
    expect(block).toContain("The meeting was moderated by Titti Cassa and Anja Gengo.");
    expect(block).not.toContain("Anja Gengo and Anja Gengo");
    expect(block).toContain("held on 16 February 2024 at 14:00 UTC");
    expect(block).not.toContain("2023");
    // The agenda and discussion are the group's own words, not the title block.
    expect(markdown).toContain("Titti Cassa reports on 2023");

    const noteTaker = connectClient(server.url, meeting);
    await noteTaker.synced;
    rewriteInOpening(noteTaker.doc, "16 February 2024", "the sixteenth of February");
    await waitUntil(async () => expect(await exportMarkdown(server.url, meeting)).toContain("the sixteenth of February"));
    const again = await patchDetails(server, meeting, { series: "WG-Strategy", startsAt: "2024-02-17T14:00:00Z" });
    expect(again.status).toBe(200);
    const renamed = titleBlockOf(await exportMarkdown(server.url, meeting));
    expect(renamed).toContain("**17 February 2024 at 14:00 UTC**");
    expect(renamed).toContain("held on the sixteenth of February at 14:00 UTC");
    expect(renamed).toContain("meeting of the WG-Strategy was held");
    expect(renamed).not.toContain("MAG Working Group");
  });

  it("DETAILS3: viewer 403, no token or a forged one 401, unknown meeting 404; chair and note-taker 200", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const body = { title: "Corrected title" };
    expect((await patchDetails(server, meeting, body, "viewer")).status).toBe(403);
    expect((await patchDetails(server, meeting, body, null)).status).toBe(401);
    const forged = await new SignJWT({ mid: meeting.id, role: "chair" }).setProtectedHeader({ alg: "HS256" }).setIssuer("rapporteur")
      .setExpirationTime("1d").sign(new TextEncoder().encode("not-the-server-secret-not-the-server-secret"));
    const withForged = await fetch(`${server.url}/api/meetings/${meeting.id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json", authorization: `Bearer ${forged}` },
      body: JSON.stringify(body),
    });
    expect(withForged.status).toBe(401);
    expect((await readMeeting(server, meeting)).title).toBe(meeting.title);
    const unknown = await fetch(`${server.url}/api/meetings/AAAAAAAAAAAAAAAAAAAAAA`, { method: "PATCH", headers: { "content-type": "application/json", authorization: `Bearer ${meeting.tokens.chair}` }, body: JSON.stringify(body) });
    expect(unknown.status).toBe(404);
    expect((await patchDetails(server, meeting, { title: "By the note-taker" }, "noteTaker")).status).toBe(200);
    expect((await patchDetails(server, meeting, body, "chair")).status).toBe(200);
    expect((await readMeeting(server, meeting)).title).toBe("Corrected title");
  });

  it("DETAILS4: a bad date, an unknown key or an empty body is a 400 naming the field, and nothing changes", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const markdown = await exportMarkdown(server.url, meeting);
    const stored = await readMeeting(server, meeting);
    const cases: Array<[unknown, string]> = [
      [{ title: "New", startsAt: "next Thursday" }, "startsAt"],
      [{ title: "New", status: "approved" }, "status"],
      [{ title: "New", hosts: ["Anja", ""] }, "hosts.1"],
      [{}, "body"],
    ];
    for (const [body, path] of cases) {
      const response = await patchDetails(server, meeting, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.json.error?.code).toBe("invalid_request");
      expect(response.json.error?.fields?.map((field) => field.path)).toEqual([path]);
    }
    expect(await readMeeting(server, meeting)).toEqual(stored);
    expect(await exportMarkdown(server.url, meeting)).toBe(markdown);
  });

  it("DETAILS5: an approved meeting's details are refused with 409 document_locked, and nothing changes", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    expect((await callMeetingApi(server.url, meeting, "/approve", { method: "POST" })).status).toBe(200);
    const markdown = await exportMarkdown(server.url, meeting);
    const stored = await readMeeting(server, meeting);
    const refused = await patchDetails(server, meeting, { startsAt: "2023-03-02T10:00:00Z" });
    expect(refused.status).toBe(409);
    expect(refused.json.error?.code).toBe("document_locked");
    expect(await readMeeting(server, meeting)).toEqual(stored);
    expect(await exportMarkdown(server.url, meeting)).toBe(markdown);
    expect((await callMeetingApi(server.url, meeting, "/reopen", { method: "POST" })).status).toBe(200);
    expect((await patchDetails(server, meeting, { startsAt: "2023-03-02T10:00:00Z" })).status).toBe(200);
  });

  it("DETAILS6: an imported summary without a date gets its date by PATCH", async () => {
    const server = await startTestServer();
    const text = "# Online Meeting 7\n\n## Agenda\n\n1. Welcome\n2. AoB\n\n## Welcome\n\nThe chair welcomed everyone.\n";
    const response = await fetch(`${server.url}/api/meetings/import`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) });
    const json = (await response.json()) as { meeting: unknown; tokens: unknown; links: unknown; warnings: Array<{ message: string }> };
    expect(response.status, JSON.stringify(json)).toBe(201);
    expect(json.warnings.map((warning) => warning.message).join()).toContain("correct it in the meeting");
    const meeting: TestMeeting = { ...MeetingSchema.parse(json.meeting), tokens: MeetingLinksSchema.parse(json.tokens), links: MeetingLinksSchema.parse(json.links) };
    const today = titleBlockOf(await exportMarkdown(server.url, meeting));
    const todayDate = formatMeetingDate(meeting.startsAt);
    expect(today).toContain(`**${todayDate} at `);

    expect((await patchDetails(server, meeting, { startsAt: "2023-03-02T10:00:00Z" })).status).toBe(200);
    expect((await readMeeting(server, meeting)).startsAt).toBe("2023-03-02T10:00:00.000Z");
    const markdown = await exportMarkdown(server.url, meeting);
    expect(titleBlockOf(markdown)).toContain("**2 March 2023 at 10:00 UTC**");
    expect(titleBlockOf(markdown)).not.toContain(todayDate);
    expect(markdown).toContain("The chair welcomed everyone.");
    const file = await callMeetingApi(server.url, meeting, "/export?format=md", { role: "viewer" });
    expect(file.headers.get("content-disposition")).toContain('filename="2023-03-02 ');
  });

  it("DETAILS8: two corrections sent at the same moment both stick, in the record and in the title block", async () => {
    // A store that loads documents slowly, as a networked one may: both requests are in flight at once.
    const store = new SqliteDocumentStore(makeTempDir());
    const load = store.loadDocument.bind(store);
    Object.assign(store, { loadDocument: async (meetingId: string) => (await new Promise((resolve) => setTimeout(resolve, 200)), load(meetingId)) });
    const server = await startTestServer({ store });
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const [date, title] = await Promise.all([
      patchDetails(server, meeting, { startsAt: "2023-03-02T14:00:00Z" }),
      patchDetails(server, meeting, { title: "Online Meeting 51 (rescheduled)" }),
    ]);
    expect([date.status, title.status]).toEqual([200, 200]);
    const stored = await readMeeting(server, meeting);
    expect(stored.startsAt).toBe("2023-03-02T14:00:00.000Z");
    expect(stored.title).toBe("Online Meeting 51 (rescheduled)");
    const block = titleBlockOf(await exportMarkdown(server.url, meeting));
    expect(block).toContain("2 March 2023");
    expect(block).toContain("Online Meeting 51 (rescheduled)");
  });
});
