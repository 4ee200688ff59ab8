import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { MeetingLinksSchema, MeetingSchema } from "@rapporteur/shared";
import { ARTIFACTS_DIR } from "../helpers/browser.js";
import { connectClient } from "../helpers/collab-client.js";
import { docxText, foldSpace, pdfInfo, pdfText } from "../helpers/document-text.js";
import { writeParagraphInSection } from "../helpers/edit-body.js";
import { ONLINE_MEETING_REPORTS, readFixture002Discussion } from "../helpers/fixture-002.js";
import { EXPECTED_SUMMARIES } from "../helpers/fixture-expectations.js";
import { callMeetingApi, createMeetingViaApi, exportMarkdown, type TestMeeting } from "../helpers/meetings-api.js";
import { startTestServer, type TestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";
import { readFixture } from "../helpers/fixture-files.js";
import { participants002, participantsOnlineMeeting14 } from "../unit/parse/fixture-participants.js";

const plain = (text: string) => foldSpace(text.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1"));

async function download(server: TestServer, meeting: TestMeeting, format: string, path = "/export", query = ""): Promise<Buffer> {
  const response = await callMeetingApi(server.url, meeting, `${path}?format=${format}${query}`, { role: "viewer" });
  expect(response.status, `${format} export`).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

async function importFixture(server: TestServer, file: string): Promise<TestMeeting> {
  const response = await fetch(`${server.url}/api/meetings/import`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: readFixture(file) }) });
  const json = (await response.json()) as { meeting: unknown; tokens: unknown; links: unknown };
  return { ...MeetingSchema.parse(json.meeting), tokens: MeetingLinksSchema.parse(json.tokens), links: MeetingLinksSchema.parse(json.links) };
}

/** White space removed: a PDF wraps long words and links wherever the line ends. */
const squash = (text: string) => text.replace(/\s+/g, "");

/** Every fragment appears, in order. */
function expectAllInOrder(text: string, fragments: readonly string[], format: string): void {
  let cursor = 0;
  const squashed = squash(text);
  for (const fragment of fragments) {
    const at = squashed.indexOf(squash(plain(fragment)), cursor);
    expect(at, `${format}: "${fragment.slice(0, 60)}"`).toBeGreaterThanOrEqual(cursor);
    cursor = at + 1;
  }
}

/** A report's meeting, its discussion written by real clients (002 style) or imported and then edited (000 and 004 styles). */
async function seedMeeting(server: TestServer, file: string): Promise<{ meeting: TestMeeting; paragraphs: string[]; participants: Array<{ name: string; affiliation?: string }> }> {
  const online = ONLINE_MEETING_REPORTS.find((report) => report.file === file);
  if (online) {
    const fixture002Agenda = online.agenda;
    const meeting = await createMeetingViaApi(server.url, {
      series: "MAG Working Group on IGF Strengthening and Strategy", title: "Online Meeting 51", number: 51, startsAt: "2023-02-16T14:00:00Z",
      moderators: ["Titti Cassa"], agenda: fixture002Agenda.map((title) => ({ title })), participantsText: readFixture(file).slice(readFixture(file).indexOf("List of participants")),
    });
    const writers = [connectClient(server.url, meeting), connectClient(server.url, meeting)];
    await Promise.all(writers.map((writer) => writer.synced));
    const sections = readFixture002Discussion(online);
    // Note-takers type words, not Markdown: the seed's "[text](#)" links are typed as their text.
    sections.forEach((paragraphs, index) => paragraphs.forEach((paragraph) => writeParagraphInSection(writers[index % 2]!.doc, fixture002Agenda[index]!, plain(paragraph))));
    await waitUntil(async () => expect(await exportMarkdown(server.url, meeting)).toContain(online.closing));
    return { meeting, paragraphs: sections.flat(), participants: online === ONLINE_MEETING_REPORTS[0] ? participantsOnlineMeeting14 : participants002 };
  }
  const expected = EXPECTED_SUMMARIES.find((summary) => summary.file === file)!;
  const meeting = await importFixture(server, file);
  const paragraphs = [...expected.preamble, ...expected.sections.flatMap((section) => [section.heading, ...section.paragraphs])];
  return { meeting, paragraphs, participants: expected.people };
}

describe("exports in three formats", () => {
  it.each([...EXPECTED_SUMMARIES.map((summary) => summary.file), ...ONLINE_MEETING_REPORTS.map((report) => report.file)])(
    "EXPORT3: %s exports as Markdown, PDF and Word with every paragraph in order and the participants annex",
    async (file) => {
      const server = await startTestServer();
      const { meeting, paragraphs, participants } = await seedMeeting(server, file);
      const markdown = foldSpace((await download(server, meeting, "md")).toString("utf8").replace(/\\([\\`*_[\]<>|~#.()+=&-])/g, "$1").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/<((?:https?|mailto):[^>]*)>/g, "$1"));
      const pdf = await download(server, meeting, "pdf");
      const docx = await docxText(await download(server, meeting, "docx"));
      fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
      fs.writeFileSync(`${ARTIFACTS_DIR}export-${file.slice(0, 3)}.pdf`, pdf);
      if (file.startsWith("002")) execFileSync("pdftoppm", ["-png", "-r", "60", `${ARTIFACTS_DIR}export-002.pdf`, `${ARTIFACTS_DIR}export-002-page`]);
      const texts = { md: markdown, pdf: foldSpace(pdfText(pdf, meeting)), docx: foldSpace(docx.body) };
      for (const [format, text] of Object.entries(texts)) {
        expectAllInOrder(text, paragraphs, format);
        const annex = text.lastIndexOf(participants[0]!.name);
        for (const person of participants) {
          expect(text.indexOf(person.name, annex - 1), `${format}: ${person.name}`).toBeGreaterThanOrEqual(annex);
          if (person.affiliation) expect(text, `${format}: ${person.affiliation}`).toContain(person.affiliation);
        }
      }
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      const info = pdfInfo(pdf);
      expect(info).toMatch(new RegExp(`Title:\\s+${meeting.title}: Summary Report`));
      expect(info).toMatch(/Author:\s+\S/);
    },
  );

  it("EXPORT4: non-ASCII names (accented Latin, Cyrillic, Greek) come out intact in every format", async () => {
    const server = await startTestServer();
    const names = ["Wolfgang Kleinwächter", "Raúl Echeberría", "Роман Чуков", "Γιώργος Παπαδόπουλος"];
    const meeting = await createMeetingViaApi(server.url, {
      series: "Ομάδα εργασίας · Рабочая группа", title: "Meeting 1", startsAt: "2024-05-01T09:30:00Z",
      agenda: [{ title: "Ουκρανία и Österreich" }], participants: names.map((name) => ({ name, affiliation: "Université de Genève" })),
    });
    const pdf = foldSpace(pdfText(await download(server, meeting, "pdf")));
    const docx = foldSpace((await docxText(await download(server, meeting, "docx"))).body);
    for (const text of [pdf, docx]) {
      for (const name of [...names, "Université de Genève", "Ουκρανία и Österreich", "Ομάδα εργασίας · Рабочая группа"]) expect(text).toContain(name);
    }
  });

  it("EXPORT5: a draft carries DRAFT; the approved version closes with the same approval statement (full SHA-256) in PDF, Word and Markdown, and in the Markdown front matter", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, { series: "WG", title: "Meeting 7", startsAt: "2024-05-01T09:30:00Z", agenda: [{ title: "AoB" }] });
    const draftPdf = pdfText(await download(server, meeting, "pdf"));
    const draftDocx = await docxText(await download(server, meeting, "docx"));
    expect(draftPdf).toContain("DRAFT");
    expect(draftDocx.header).toContain("DRAFT");
    expect(draftPdf).not.toContain("Approved by");

    const approved = await callMeetingApi(server.url, meeting, "/approve", { method: "POST" });
    const { approval } = (await approved.json()) as { approval: { version: number; sha256: string; approvedBy: string } };
    const line = new RegExp(`Approved by ${approval.approvedBy} on \\d{1,2} \\w+ \\d{4} · version ${approval.version} · SHA-256 ${approval.sha256}\\s*$`);
    expect(approval.sha256).toMatch(/^[0-9a-f]{64}$/);
    for (const path of ["/export", `/versions/${approval.version}/export`]) {
      const pdf = foldSpace(pdfText(await download(server, meeting, "pdf", path))).replace(/Page \d+ of \d+\s*$/, "");
      const docx = await docxText(await download(server, meeting, "docx", path));
      const markdown = (await download(server, meeting, "md", path, "&frontMatter=true")).toString();
      expect(pdf).toMatch(line);
      expect(pdf).not.toContain("DRAFT");
      expect(foldSpace(docx.body)).toMatch(line);
      expect(docx.header).not.toContain("DRAFT");
      expect(markdown.replace(/\*/g, "")).toMatch(line);
      expect(markdown).toContain(`sha256: "${approval.sha256}"`);
      expect(markdown).toContain(`version: ${approval.version}\n`);
      expect(markdown).not.toContain("DRAFT");
    }
  });

  it("EXPORT6: exports can leave out the participants annex and use Letter paper; unknown formats are 400", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, { series: "WG", title: "Meeting 8", startsAt: "2024-05-01T09:30:00Z", participants: [{ name: "Anja Gengo", affiliation: "IGF Secretariat" }] });
    const without = (await download(server, meeting, "md", "/export")).toString();
    expect(without).toContain("Anja Gengo");
    const response = await callMeetingApi(server.url, meeting, "/export?format=md&participants=false", { role: "viewer" });
    expect(await response.text()).not.toContain("Anja Gengo");
    const letter = await callMeetingApi(server.url, meeting, "/export?format=pdf&pageSize=LETTER", { role: "viewer" });
    expect(pdfInfo(Buffer.from(await letter.arrayBuffer()))).toContain("612 x 792 pts");
    expect((await callMeetingApi(server.url, meeting, "/export?format=odt", { role: "viewer" })).status).toBe(400);
  });
});
