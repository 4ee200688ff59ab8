import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { renderSummaryPdf } from "../../../server/src/export/to-pdf.js";
import { listExpectedTexts } from "./expected-text.js";
import { findOutOfOrder, readPdfText, runPoppler } from "./pdf-tools.js";
import { buildSampleInput, sampleApproval, sampleParticipants } from "./sample-summary.js";

const ARTIFACTS = new URL("../../artifacts/export/", import.meta.url);
const NON_ASCII_NAMES = ["Raúl Echeberría", "Роман Чуков", "Wolfgang Kleinwächter", "Ελένη Παπαδοπούλου"];

describe("PDF export of the Summary Report", () => {
  const input = buildSampleInput();
  let draft: Buffer;
  /** The draft's text in drawing order (its watermark would scatter letters through a layout reading). */
  let draftText: string;
  /** The approved report's text as laid out: same content, no watermark. */
  let approvedText: string;

  beforeAll(async () => {
    draft = await renderSummaryPdf(input);
    draftText = readPdfText(draft, "raw");
    approvedText = readPdfText(await renderSummaryPdf(buildSampleInput({ approval: sampleApproval })));
  });

  it("EXPORT-PDF1: every heading, paragraph, list item, action and decision appears, in document order", () => {
    const expected = listExpectedTexts(input.body);
    expect(expected.length).toBeGreaterThan(25);
    expect(findOutOfOrder(draftText, expected)).toBeUndefined();
    expect(findOutOfOrder(approvedText, expected)).toBeUndefined();
    expect(draftText).toContain("Titti shared the document of the working group's proposed activities for 2023.");
  });

  it("EXPORT-PDF2: the participants annex lists everyone with their affiliation; non-ASCII names are intact in embedded fonts", () => {
    const annex = approvedText.slice(approvedText.lastIndexOf("List of participants"));
    for (const [index, participant] of sampleParticipants.entries()) {
      const firstWords = (participant.affiliation ?? "").split(" ").slice(0, 2).join(" ");
      expect(annex).toContain(`${index + 1}. ${participant.name} ${firstWords}`);
    }
    for (const name of NON_ASCII_NAMES) {
      expect(draftText).toContain(name);
      expect(annex).toContain(name);
    }
    const fonts = runPoppler(draft, "pdffonts").split("\n").slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/Roboto\S* +CID TrueType +Identity-H +yes +yes +yes/);
  });

  it("EXPORT-PDF3: internal notes are never exported; a draft says DRAFT, an approved report closes with its approval statement (full SHA-256) instead", async () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(runPoppler(draft, "pdfinfo"))?.[1]);
    expect(draftText).not.toContain("SECRET-NOTE");
    expect(draftText.split("DRAFT: not approved")).toHaveLength(pages + 1);
    expect(readPdfText(draft, "layout")).not.toMatch(/^\s*(D|DR|AF|T|RA|FT)\s*$/m);
    expect(draftText).not.toContain("Approved by");
    expect(approvedText).not.toContain("SECRET-NOTE");
    expect(approvedText).not.toMatch(/D ?R ?A ?F ?T/);
    expect(approvedText).toContain("Summary Report The 51st");
    expect(approvedText).toMatch(
      new RegExp(`Ελένη Παπαδοπούλου Hellenic Ministry of Digital Governance Approved by Concettina Cassa on 3 March 2023 · version 7 · SHA-256 ${sampleApproval.sha256} Page 3 of 3 $`),
    );
  });

  it("EXPORT-PDF4: every page says 'Page X of Y'; metadata and page size are set", async () => {
    const info = runPoppler(draft, "pdfinfo");
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) expect(draftText).toContain(`Page ${page} of ${pages}`);
    expect(draftText).not.toContain(`Page ${pages + 1} of`);
    expect(info).toMatch(/Title:\s+Online Meeting 51: Summary Report/);
    expect(info).toMatch(/Author:\s+MAG Working Group on IGF Strengthening and Strategy/);
    expect(info).toMatch(/Subject:\s+Summary Report of MAG Working Group/);
    expect(info).toMatch(/Keywords:\s+Summary Report, /);
    expect(info).toMatch(/Page size:\s+595.28 x 841.89 pts \(A4\)/);
    const letter = await renderSummaryPdf(buildSampleInput({ optionOverrides: { pageSize: "LETTER" } }));
    expect(runPoppler(letter, "pdfinfo")).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  it("EXPORT-PDF5: headings become nested bookmarks: agenda items under Discussion", () => {
    const raw = draft.toString("latin1");
    const objects = new Map<string, string>();
    for (const match of raw.matchAll(/(\d+) 0 obj\s*<<([\s\S]*?)>>\s*endobj/g)) objects.set(match[1]!, match[2]!);
    const find = (title: string) => [...objects].find(([, body]) => body.includes(`/Title (${title})`));
    const discussion = find("Discussion");
    const item = find("1. Activities of the WG Strategy for 2023");
    expect(discussion).toBeDefined();
    expect(item?.[1]).toContain(`/Parent ${discussion?.[0]} 0 R`);
    for (const title of ["Agenda", "Next steps", "List of participants", "5. AoB"]) expect(find(title)).toBeDefined();
    expect(raw).toMatch(/\/PageMode \/UseOutlines/);
  });

  it("EXPORT-PDF6: time markers, decisions, actions inline and gathered in a table under Next steps, links clickable", () => {
    expect(approvedText).toContain("1. Activities of the WG Strategy for 2023 14:05–14:20 UTC Titti shared");
    expect(approvedText).toContain("Decision: The WG will ask that the MAG/Leadership Panel meeting be open to observers.");
    expect(approvedText).toContain("Action: Update the EGM page with the background document and both reports (Anja Gengo, by 2 March 2023)");
    const nextSteps = approvedText.slice(approvedText.indexOf("Next steps The co-chairs"), approvedText.indexOf("Next meeting"));
    expect(nextSteps).toMatch(/Action Owner Due Status/);
    for (const cell of ["Anja Gengo", "2 March 2023", "Open", "Circulate the revised WSIS+20 action plan", "Chris Buckridge", "1 March 2023", "Done"]) {
      expect(nextSteps).toContain(cell);
    }
    expect(nextSteps).not.toContain("Action: Circulate");
    expect(nextSteps).toContain("Decisions 1. The WG will ask");
    expect(draft.toString("latin1")).toContain("/URI (https://www.intgovforum.org/en/content/wg-strategy-2023)");
  });

  it("EXPORT-PDF7: numbered paragraphs 1., 2., … from the opening on, lists and headings unnumbered; everyone listed, with an Attended column once ticked", async () => {
    const participants = sampleParticipants.map((participant, index) => ({ ...participant, attended: index !== 1 }));
    const pdf = await renderSummaryPdf(buildSampleInput({ numberParagraphs: true, participants, approval: sampleApproval }));
    const text = readPdfText(pdf);
    expect(text).toContain("Summary Report 1. The 51st virtual meeting");
    expect(text).toContain("2. The co-chair opened the meeting");
    expect(text).toContain("Agenda 1. Activities of the WG Strategy for 2023 2. Open Consultations");
    expect(text).toContain("14:05–14:20 UTC 3. Titti shared the document");
    expect(text).toContain("8. Chris Buckridge presented the document");
    expect(text).toContain("1. Raising awareness with stakeholders");
    expect(text).toMatch(/No\. Name Affiliation Role Attended/);
    expect(text).toMatch(/2\. Anriette Esterhuysen former IGF MAG Chair No /);
    expect(text).toMatch(/3\. Chris Buckridge IGF MAG member Co-Chair Yes /);
  });

  it("EXPORT-PDF8: the pages render to PNG for a look by eye (tests/artifacts/export)", async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = new URL("summary-draft.pdf", ARTIFACTS).pathname;
    fs.writeFileSync(file, draft);
    fs.writeFileSync(new URL("summary-approved-numbered.pdf", ARTIFACTS).pathname, await renderSummaryPdf(buildSampleInput({ approval: sampleApproval, numberParagraphs: true })));
    execFileSync("/usr/bin/pdftoppm", ["-png", "-r", "60", file, new URL("summary-draft-page", ARTIFACTS).pathname]);
    expect(fs.readdirSync(ARTIFACTS).filter((name) => name.startsWith("summary-draft-page")).length).toBeGreaterThan(1);
  });
});
