import { describe, expect, it } from "vitest";
import { connectClient } from "../helpers/collab-client.js";
import { writeParagraphInSection } from "../helpers/edit-body.js";
import { ONLINE_MEETING_REPORTS, readFixture002Discussion } from "../helpers/fixture-002.js";
import { authHeaders, createMeetingViaApi, exportMarkdown } from "../helpers/meetings-api.js";
import { startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

const unescape = (markdown: string) => markdown.replace(/\\([\\`*_[\]<>|~#.()+=&-])/g, "$1").replace(/[ \t]+/g, " ");

describe("Markdown export", () => {
  it.each(ONLINE_MEETING_REPORTS.map((report) => [report.file, report] as const))("EXPORT1: %s written by two clients exports every paragraph under the right heading, in order", async (_file, report) => {
    const { agenda: fixture002Agenda, participants: fixture002Participants } = report;
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, {
      series: "MAG Working Group on IGF Strengthening and Strategy",
      title: "Online Meeting 51",
      number: 51,
      startsAt: "2023-02-16T14:00:00Z",
      moderators: ["Titti Cassa"],
      agenda: fixture002Agenda.map((title) => ({ title })),
      participants: fixture002Participants,
    });
    const sections = readFixture002Discussion(report);
    expect(sections).toHaveLength(5);
    expect(sections.flat().length).toBeGreaterThanOrEqual(10);

    const clients = [connectClient(server.url, meeting), connectClient(server.url, meeting)];
    await Promise.all(clients.map((client) => client.synced));
    sections.forEach((paragraphs, index) => {
      for (const paragraph of paragraphs) writeParagraphInSection(clients[index % 2]!.doc, fixture002Agenda[index]!, paragraph);
    });
    const last = sections[4]![sections[4]!.length - 1]!;
    await waitUntil(async () => expect(unescape(await exportMarkdown(server.url, meeting))).toContain(last));

    const markdown = unescape(await exportMarkdown(server.url, meeting));
    let cursor = 0;
    sections.forEach((paragraphs, index) => {
      const heading = markdown.indexOf(`### ${index + 1}. ${fixture002Agenda[index]}\n`, cursor);
      expect(heading, fixture002Agenda[index]).toBeGreaterThan(cursor - 1);
      cursor = heading;
      const nextHeading = markdown.indexOf("\n#", heading + 1);
      for (const paragraph of paragraphs) {
        const at = markdown.indexOf(`\n${paragraph}\n`, cursor);
        expect(at, paragraph.slice(0, 60)).toBeGreaterThan(cursor);
        expect(at).toBeLessThan(nextHeading);
        cursor = at;
      }
    });
    for (const participant of fixture002Participants) {
      expect(markdown).toContain(`| ${participant.name} | ${participant.affiliation} |`);
    }
  });

  it("EXPORT2: the download has a Markdown content type and a file name from date, series and title", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, {
      series: "MAG WG-Strategy",
      title: "Online Meeting 51",
      startsAt: "2023-02-16T14:00:00Z",
    });
    const response = await fetch(`${server.url}/api/meetings/${meeting.id}/export?format=md`, { headers: authHeaders(meeting, "viewer") });
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="2023-02-16 MAG WG-Strategy Online Meeting 51 Summary Report.md"',
    );
  });
});
