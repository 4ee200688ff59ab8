import { describe, expect, it } from "vitest";
import { MeetingLinksSchema, MeetingSchema } from "@rapporteur/shared";
import { ONLINE_MEETING_REPORTS, readFixture002Discussion } from "../helpers/fixture-002.js";
import { EXPECTED_SUMMARIES } from "../helpers/fixture-expectations.js";
import { exportMarkdown, type TestMeeting } from "../helpers/meetings-api.js";
import { startTestServer, type TestServer } from "../helpers/test-server.js";
import { readFixture, withSeeds } from "../helpers/fixture-files.js";

/** Markdown back to what a reader sees: escapes removed, links as their text, spaces folded. */
export const readable = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<((?:https?|mailto):[^>]*)>/g, "$1")
    .replace(/\\([\\`*_[\]<>|~#.()+=&-])/g, "$1")
    .replace(/[ \t]+/g, " ");
const plain = (text: string) => text.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\s+/g, " ").trim();

async function importFixture(server: TestServer, file: string): Promise<{ meeting: TestMeeting; warnings: unknown[] }> {
  const response = await fetch(`${server.url}/api/meetings/import`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text: readFixture(file) }),
  });
  const json = (await response.json()) as { meeting: unknown; tokens: unknown; links: unknown; warnings: unknown[] };
  expect(response.status, JSON.stringify(json)).toBe(201);
  return { meeting: { ...MeetingSchema.parse(json.meeting), tokens: MeetingLinksSchema.parse(json.tokens), links: MeetingLinksSchema.parse(json.links) }, warnings: json.warnings };
}

/** Asserts each expected text appears after the previous one, and before `limit`. */
function expectInOrder(text: string, expected: readonly string[], from: number, limit = text.length): number {
  let cursor = from;
  for (const fragment of expected) {
    const at = text.indexOf(plain(fragment), cursor);
    expect(at, `"${fragment.slice(0, 70)}" after ${cursor}`).toBeGreaterThanOrEqual(cursor);
    expect(at, `"${fragment.slice(0, 70)}" in its section`).toBeLessThan(limit);
    cursor = at + 1;
  }
  return cursor;
}

describe("importing past summaries", () => {
  it.each(EXPECTED_SUMMARIES.map((expected) => [expected.file, expected] as const))("IMPORT1: %s imports with its facts, sections, paragraphs in order and participants", async (_file, expected) => {
    const server = await startTestServer();
    const { meeting } = await importFixture(server, expected.file);
    expect([meeting.series, meeting.title, meeting.startsAt]).toEqual([expected.series, expected.title, expected.startsAt]);
    expect(meeting.participants).toHaveLength(expected.participants);
    const markdown = readable(await exportMarkdown(server.url, meeting));
    let cursor = expectInOrder(markdown, expected.preamble, 0, markdown.indexOf(plain(expected.sections[0]!.heading)));
    expected.sections.forEach((section, index) => {
      const heading = markdown.indexOf(plain(section.heading), cursor);
      expect(heading, section.heading).toBeGreaterThanOrEqual(cursor);
      expect(markdown.lastIndexOf("#", heading)).toBeGreaterThan(markdown.lastIndexOf("\n", heading - 1));
      const next = expected.sections[index + 1];
      const limit = next ? markdown.indexOf(plain(next.heading), heading) : markdown.length;
      cursor = expectInOrder(markdown, section.paragraphs, heading, limit);
    });
    for (const person of expected.people) expect(markdown).toContain(`| ${person.name} | ${person.affiliation ?? ""} | ${person.role ?? ""} |`.replace(/ +/g, " "));
  });

  const facts: Record<string, unknown[]> = {
    "online-meeting-14.txt": ["MAG Working Group on Hybrid Meetings", "Online Meeting 14", 14, "2023-03-09T13:00:00.000Z", ["Lena Okafor"]],
    "002_66585b327ac1b512.txt": ["MAG Working Group on IGF Strengthening and Strategy", "Online Meeting 51", 51, "2023-02-16T14:00:00.000Z", ["Titti Cassa"]],
  };
  it.each(ONLINE_MEETING_REPORTS.map((report) => [report.file, report] as const))("IMPORT2: %s imports every discussion paragraph in full under its agenda item, with the agenda and moderator", async (file, report) => {
    const fixture002Agenda = report.agenda;
    const server = await startTestServer();
    const { meeting } = await importFixture(server, file);
    expect([meeting.series, meeting.title, meeting.number, meeting.startsAt, meeting.moderators]).toEqual(facts[file]);
    expect(meeting.agenda.map((item) => item.title)).toEqual(fixture002Agenda);
    const markdown = readable(await exportMarkdown(server.url, meeting));
    let cursor = 0;
    readFixture002Discussion(report).forEach((paragraphs, index) => {
      const heading = markdown.indexOf(`### ${index + 1}. ${fixture002Agenda[index]}\n`, cursor);
      expect(heading, fixture002Agenda[index]).toBeGreaterThan(cursor - 1);
      const next = index + 1 < fixture002Agenda.length ? markdown.indexOf(`### ${index + 2}. `, heading) : markdown.indexOf("## List of participants");
      cursor = expectInOrder(markdown, paragraphs, heading, next);
    });
    for (const person of report.participants) expect(markdown).toContain(`| ${person.name} |`);
  });

  const pdfRepairs = withSeeds<[string, string, string, RegExp]>(
    [["sixth-meeting-pdf.txt", "https://docs.google.com/document/d/1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uVW2xY3zA4bC5/edit?usp=sharing", "request it before the deadline, which is 1 November.", /^6\. Next Steps: By the next WG’s meeting/m]],
    [["004_92043ab864467699.txt", "https://docs.google.com/document/d/1zk8D2ub1D9yY4y5mznDbGuqZPDdZi6NjlV38Jsv4FkI/edit?usp=sharing", "the listed 58. The facilitator will then integrate these", /^12\. Next Steps: In the next 10 days/m]],
  );
  it.each(pdfRepairs)("IMPORT3: PDF text (%s) is repaired: broken links re-joined once, repeated bare links gone, a page-split paragraph whole", async (file, link, pageSplit, numbered) => {
    const server = await startTestServer();
    const { meeting } = await importFixture(server, file);
    const markdown = readable(await exportMarkdown(server.url, meeting));
    expect(markdown.split(link)).toHaveLength(2);
    expect(markdown).not.toMatch(/^https?:\/\/\S+$/m);
    expect(markdown).toContain(pageSplit);
    expect(meeting.templateId).toBe("numbered-paragraphs");
    expect(markdown).toMatch(numbered);
  });

  it.each([
    ["empty text", { text: "  \n " }],
    ["binary junk", { text: "\u0000\u0001\u0002\u0003\n\u0004\u0005\u0006" }],
    ["a 5 MB text", { text: "Paragraph. ".repeat(500_000) }],
    ["no text at all", {}],
  ])("IMPORT4: %s is a 400 naming `text`, and nothing is stored", async (_name, body) => {
    const server = await startTestServer();
    const response = await fetch(`${server.url}/api/meetings/import`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { fields: Array<{ path: string }> } }).error.fields[0]!.path).toBe("text");
    expect(((await (await fetch(`${server.url}/api/meetings`)).json()) as { meetings: unknown[] }).meetings).toHaveLength(0);
  });
});
