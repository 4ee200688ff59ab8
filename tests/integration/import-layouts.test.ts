import { describe, expect, it } from "vitest";
import { MeetingLinksSchema, MeetingSchema } from "@rapporteur/shared";
import { exportMarkdown, type TestMeeting } from "../helpers/meetings-api.js";
import { startTestServer } from "../helpers/test-server.js";
import { LAYOUT_HYBRID } from "../unit/parse/import-layout-samples.js";

async function importText(serverUrl: string, text: string): Promise<TestMeeting> {
  const response = await fetch(`${serverUrl}/api/meetings/import`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) });
  const json = (await response.json()) as { meeting: unknown; tokens: unknown; links: unknown };
  expect(response.status, JSON.stringify(json)).toBe(201);
  return { ...MeetingSchema.parse(json.meeting), tokens: MeetingLinksSchema.parse(json.tokens), links: MeetingLinksSchema.parse(json.links) };
}

/** The export cut at its `##` headings: each heading with the non-empty lines under it, escapes removed. */
function readSections(markdown: string): Array<[string, string[]]> {
  const unescaped = markdown.replace(/\\([\\`*_[\]<>|~#.)+=&-])/g, "$1");
  return unescaped
    .split(/^## /m)
    .slice(1)
    .map((part) => {
      const [heading = "", ...lines] = part.split("\n");
      return [heading.trim(), lines.map((line) => line.trim()).filter(Boolean)];
    });
}

describe("importing a summary laid out with headings directly above their text", () => {
  it("IMPORT-L11: through the server, every paragraph of the plain-text layout is under its own heading in the Markdown export, with the agenda and participants", async () => {
    const server = await startTestServer();
    const response = await fetch(`${server.url}/api/meetings/import`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: LAYOUT_HYBRID }) });
    const json = (await response.json()) as { meeting: unknown; tokens: unknown; links: unknown; warnings: unknown[] };
    expect(response.status, JSON.stringify(json)).toBe(201);
    expect(json.warnings).toEqual([]);
    const meeting: TestMeeting = { ...MeetingSchema.parse(json.meeting), tokens: MeetingLinksSchema.parse(json.tokens), links: MeetingLinksSchema.parse(json.links) };
    expect([meeting.series, meeting.title, meeting.number, meeting.startsAt]).toEqual(["IGF MAG Working Group on Hybrid Meetings", "Meeting VII", "VII", "2023-04-12T13:00:00.000Z"]);
    const markdown = await exportMarkdown(server.url, meeting);
    expect(markdown).toMatch(/^\*\*Meeting VII\*\*/m);
    const sections = readSections(markdown).filter(([heading]) => heading !== "Summary Report");
    expect(sections).toEqual([
      ["Agenda", ["1. Welcome", "2. Feedback from IGF 2022 hybrid sessions", "3. AOB"]],
      ["1. Welcome", ["Chengetai welcomed participants."]],
      ["2. Feedback from IGF 2022 hybrid sessions", ["Roberto presented the survey results. Several participants noted that remote moderators need training."]],
      ["3. AOB", ["None."]],
      [
        "Participants",
        [
          "| No. | Name              | Affiliation     | Role               |",
          "| --- | ----------------- | --------------- | ------------------ |",
          "| 1.  | Chengetai Masango | IGF Secretariat |                    |",
          "| 2.  | Roberto Zambrana  |                 | Independent Expert |",
          "| 3.  | Анна Петрова      | Ministry        | Member             |",
        ],
      ],
    ]);
  });

  it("IMPORT-L16: a Markdown export of Rapporteur imports back as the same meeting: facts, agenda, participants, and the same export", async () => {
    const server = await startTestServer();
    const first = await importText(server.url, LAYOUT_HYBRID);
    const exported = await exportMarkdown(server.url, first);
    const second = await importText(server.url, exported);
    const facts = (meeting: TestMeeting) => [meeting.series, meeting.title, meeting.number, meeting.startsAt, meeting.agenda.map((item) => item.title), meeting.participants.map(({ name, affiliation, role }) => ({ name, affiliation, role }))];
    expect(facts(second)).toEqual(facts(first));
    expect(readSections(await exportMarkdown(server.url, second))).toEqual(readSections(exported));
  });
});
