import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { connectClient } from "../helpers/collab-client.js";
import { callMeetingApi, createMeetingViaApi, exportMarkdown, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { insertAfterHeading, mentionParagraph, yElement } from "../helpers/minute-blocks-y.js";
import { startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";
import { MeetingSchema } from "@rapporteur/shared";

describe("minute blocks through the server", () => {
  it("BLOCKS1: mentions, action items and decisions survive the round trip and reach the export; internal notes do not", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest({ participants: [{ name: "Anriette Esterhuysen", affiliation: "APC" }, { name: "Jason Munyan" }] }));
    const anriette = meeting.participants[0]!;
    const writer = connectClient(server.url, meeting);
    const reader = connectClient(server.url, meeting, { role: "viewer" });
    await Promise.all([writer.synced, reader.synced]);
    insertAfterHeading(writer.doc, "Activities of the WG Strategy for 2023", [
      mentionParagraph(anriette.id, anriette.name, " suggested a report on the EGM."),
      yElement("actionItem", { id: "act-1", owner: "Jason Munyan", due: "2023-03-02", status: "open" }, ["Jason was requested to circulate the draft"]),
      yElement("decision", { id: "dec-1" }, ["The WG agreed to meet every two weeks."]),
      yElement("internalNote", { id: "note-1" }, ["check the spelling of Munyan"]),
    ]);
    await waitUntil(() => expect(reader.doc.getXmlFragment("default").toString()).toContain("act-1"));
    const markdown = await exportMarkdown(server.url, meeting);
    expect(markdown).toContain("Anriette Esterhuysen suggested a report on the EGM.");
    expect(markdown).toContain("- [ ] **Action:** Jason was requested to circulate the draft *(Jason Munyan, by 2 March 2023)*");
    expect(markdown).toContain("**Decision:** The WG agreed to meet every two weeks.");
    expect(markdown).toMatch(/## Next steps\n\n\| Action +\| Owner +\| Due +\| Status +\|\n\| -+ \| -+ \| -+ \| -+ \|\n\| Jason was requested to circulate the draft +\| Jason Munyan +\| 2 March 2023 +\| Open +\|/);
    expect(markdown).not.toContain("spelling");
    const withoutTable = await exportMarkdown(server.url, meeting, "&actions=false");
    expect(withoutTable).not.toContain("| Action | Owner |");
  });

  it("BLOCKS2: scheduling the next meeting carries the open action items, not the done ones, into 'Follow-up on action items'", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const writer = connectClient(server.url, meeting);
    await writer.synced;
    insertAfterHeading(writer.doc, "AoB", [
      yElement("actionItem", { id: "open-1", owner: "Anja Gengo", due: "2023-03-02", status: "open" }, ["Share the Vienna agenda"]),
      yElement("actionItem", { id: "done-1", owner: "Titti Cassa", due: "2023-02-20", status: "done" }, ["Send the invitation"]),
    ]);
    await waitUntil(async () => expect(await exportMarkdown(server.url, meeting)).toContain("Share the Vienna agenda"));
    const response = await callMeetingApi(server.url, meeting, "/next", { method: "POST", body: {}, role: "noteTaker" });
    // The note-taker who scheduled it holds the next meeting's note-taker link only (SHARE4).
    const json = (await response.json()) as { meeting: unknown; tokens: { noteTaker: string } };
    const exported = await fetch(`${server.url}/api/meetings/${MeetingSchema.parse(json.meeting).id}/export?format=md`, { headers: { authorization: `Bearer ${json.tokens.noteTaker}` } });
    expect(exported.status).toBe(200);
    const markdown = await exported.text();
    expect(markdown).toContain("## Follow-up on action items\n\n- [ ] **Action:** Share the Vienna agenda *(Anja Gengo, by 2 March 2023)*");
    expect(markdown).not.toContain("Send the invitation");
  });

  it("BLOCKS3: elements and marks outside the schema, or an embed where text belongs, are left out of every export instead of failing it", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const writer = connectClient(server.url, meeting);
    await writer.synced;
    const text = new Y.XmlText();
    insertAfterHeading(writer.doc, "AoB", [
      yElement("script", {}, ["alert(1)"]),
      yElement("paragraph", {}, [text]),
      yElement("paragraph", {}, ["Plain text stays."]),
    ]);
    // Edited once in the document: a detached Y.XmlText replays its edits in another order.
    writer.doc.transact(() => {
      text.insertEmbed(0, yElement("mention", { label: "embedded" }, []));
      text.insert(1, " survives.");
      text.insert(text.length, " Marked", { evil: { onerror: "alert(1)" } });
    });
    await waitUntil(async () => expect(await exportMarkdown(server.url, meeting)).toContain("Plain text stays."));
    const markdown = await exportMarkdown(server.url, meeting);
    expect(markdown).not.toContain("alert");
    expect(markdown).toContain("survives. Marked");
    for (const format of ["pdf", "docx"]) expect((await callMeetingApi(server.url, meeting, `/export?format=${format}`)).status).toBe(200);
  });
});
