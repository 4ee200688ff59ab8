import { beforeAll, describe, expect, it } from "vitest";
import { renderSummaryDocx } from "../../../server/src/export/to-docx.js";
import { readDocxParagraphs } from "./docx-text.js";
import { listExpectedTexts } from "./expected-text.js";
import { findOutOfOrder } from "./pdf-tools.js";
import { readZipEntry } from "./read-zip-entry.js";
import { buildSampleInput, sampleApproval, sampleParticipants } from "./sample-summary.js";

/** The paragraph whose text starts with `start`, as raw XML. */
function findParagraphXml(xml: string, start: string): string {
  const paragraph = xml.split("</w:p>").find((part) => readDocxParagraphs(`${part}</w:p>`)[0]?.startsWith(start));
  if (!paragraph) throw new Error(`no paragraph starts with ${start}`);
  return paragraph;
}

describe("Word export of the Summary Report", () => {
  const input = buildSampleInput();
  let draft: Buffer;
  let documentXml: string;
  let paragraphs: string[];

  beforeAll(async () => {
    draft = await renderSummaryDocx(input);
    documentXml = readZipEntry(draft, "word/document.xml");
    paragraphs = readDocxParagraphs(documentXml);
  });

  it("EXPORT-DOCX1: every heading, paragraph, list item, action and decision appears, in document order; internal notes never", () => {
    expect(findOutOfOrder(paragraphs.join(" ").replace(/\s+/g, " "), listExpectedTexts(input.body))).toBeUndefined();
    expect(documentXml).not.toContain("SECRET-NOTE");
    expect(paragraphs).toContain("14:05–14:20 UTC");
    expect(paragraphs).toContain("Decision: The WG will ask that the MAG/Leadership Panel meeting be open to observers.");
  });

  it("EXPORT-DOCX2: headings use Word's Heading 1–4 styles (with outline levels), the title block is centred", () => {
    const styles = readZipEntry(draft, "word/styles.xml");
    for (const level of [1, 2, 3, 4]) {
      expect(styles).toMatch(new RegExp(`w:styleId="Heading${level}"><w:name w:val="Heading ${level}"/>.*?<w:outlineLvl w:val="${level - 1}"/>`));
    }
    const series = findParagraphXml(documentXml, "MAG Working Group on IGF Strengthening and Strategy");
    expect(series).toContain('<w:pStyle w:val="Heading1"/>');
    expect(series).toContain('<w:jc w:val="center"/>');
    expect(findParagraphXml(documentXml, "Summary Report")).toContain('<w:pStyle w:val="Heading2"/>');
    expect(findParagraphXml(documentXml, "Discussion")).toContain('<w:pStyle w:val="Heading2"/>');
    expect(findParagraphXml(documentXml, "3. WSIS +20 action plan")).toContain('<w:pStyle w:val="Heading3"/>');
  });

  it("EXPORT-DOCX3: lists are real Word lists, nested one level deeper; each list starts again", () => {
    const numbering = readZipEntry(draft, "word/numbering.xml");
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    const level = (start: string) => /<w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/>/.exec(findParagraphXml(documentXml, start));
    const agenda = level("Activities of the WG Strategy for 2023");
    const outer = level("Raising awareness with stakeholders");
    const inner = level("a session at IGF 2023");
    expect(agenda?.[1]).toBe("0");
    expect(outer?.[1]).toBe("0");
    expect(inner?.[1]).toBe("1");
    expect(outer?.[2]).not.toBe(agenda?.[2]);
    expect(level("A report on developments since WSIS+10")?.[2]).toBe(outer?.[2]);
  });

  it("EXPORT-DOCX4: links are hyperlinks to their href; bold, italic, underline and strike are run properties", () => {
    const rels = readZipEntry(draft, "word/_rels/document.xml.rels");
    expect(rels).toMatch(/Type="[^"]+\/hyperlink" Target="https:\/\/www\.intgovforum\.org\/en\/content\/wg-strategy-2023" TargetMode="External"/);
    expect(findParagraphXml(documentXml, "Titti shared the")).toMatch(/<w:hyperlink [^>]*r:id="[^"]+">.*document of the working group&apos;s proposed activities for 2023<\/w:t><\/w:r><\/w:hyperlink>/);
    const marks = findParagraphXml(documentXml, "Raúl Echeberría asked");
    expect(marks).toMatch(/<w:strike\/>.*a late addition/);
    expect(marks).toMatch(/<w:u w:val="single"\/>.*included/);
    expect(findParagraphXml(documentXml, "Titti shared the")).toMatch(/<w:b\/>.*approved/);
    expect(findParagraphXml(documentXml, "Amrita Choudhury presented")).toMatch(/<w:i\/>.*bridge/);
  });

  it("EXPORT-DOCX5: the action table and the participants table, with affiliations and non-ASCII names intact", () => {
    const tables = documentXml.split("<w:tbl>").slice(1).map((table) => readDocxParagraphs(table.split("</w:tbl>")[0] ?? ""));
    expect(tables).toHaveLength(2);
    const [actions, participants] = tables;
    expect(actions?.slice(0, 8)).toEqual(["Action", "Owner", "Due", "Status", "Update the EGM page with the background document and both reports", "Anja Gengo", "2 March 2023", "Open"]);
    expect(participants?.slice(0, 4)).toEqual(["No.", "Name", "Affiliation", "Role"]);
    for (const [index, participant] of sampleParticipants.entries()) {
      const at = participants?.indexOf(participant.name) ?? -1;
      expect(participants?.[at - 1]).toBe(`${index + 1}.`);
      expect(participants?.[at + 1]).toBe(participant.affiliation);
    }
    for (const name of ["Raúl Echeberría", "Роман Чуков (Roman Chukov)", "Wolfgang Kleinwächter", "Ελένη Παπαδοπούλου"]) expect(participants).toContain(name);
  });

  it("EXPORT-DOCX6: a draft says DRAFT in its header; an approved one closes with its approval statement (full SHA-256) and no DRAFT", async () => {
    expect(readZipEntry(draft, "word/header1.xml")).toContain("DRAFT");
    expect(documentXml).not.toContain("Approved by");
    const approved = await renderSummaryDocx(buildSampleInput({ approval: sampleApproval }));
    const approvedParagraphs = readDocxParagraphs(readZipEntry(approved, "word/document.xml"));
    expect(readZipEntry(approved, "word/header1.xml")).not.toContain("DRAFT");
    expect(approvedParagraphs[approvedParagraphs.indexOf("Summary Report") + 1]).toMatch(/^The 51st virtual meeting/);
    expect(approvedParagraphs.at(-1)).toBe(`Approved by Concettina Cassa on 3 March 2023 · version 7 · SHA-256 ${sampleApproval.sha256}`);
  });

  it("EXPORT-DOCX7: the footer numbers pages 'Page X of Y'; title, subject and creator are set", () => {
    const footer = readZipEntry(draft, "word/footer1.xml");
    expect(footer).toMatch(/Page .*PAGE.*of .*NUMPAGES/);
    const core = readZipEntry(draft, "docProps/core.xml");
    expect(core).toContain("<dc:title>Online Meeting 51: Summary Report</dc:title>");
    expect(core).toContain("<dc:subject>Summary Report of MAG Working Group on IGF Strengthening and Strategy, Online Meeting 51, 16 February 2023</dc:subject>");
    expect(core).toContain("<dc:creator>MAG Working Group on IGF Strengthening and Strategy</dc:creator>");
  });

  it("EXPORT-DOCX8: numbered paragraphs are one Word list with a hanging number; list items and headings stay out of it", async () => {
    const numbered = await renderSummaryDocx(buildSampleInput({ numberParagraphs: true }));
    const xml = readZipEntry(numbered, "word/document.xml");
    const numId = (start: string) => /<w:numId w:val="(\d+)"\/>/.exec(findParagraphXml(xml, start))?.[1];
    const paragraphList = numId("The 51st virtual meeting");
    expect(paragraphList).toBeDefined();
    for (const start of ["The co-chair opened", "Titti shared the", "Chris Buckridge presented", "The next meeting will be held"]) {
      expect(numId(start)).toBe(paragraphList);
    }
    expect(numId("Raising awareness with stakeholders")).not.toBe(paragraphList);
    expect(numId("1. Activities of the WG Strategy for 2023")).toBeUndefined();
    expect(readZipEntry(numbered, "word/numbering.xml")).toMatch(/<w:lvlText w:val="%1\."\/>.*<w:ind w:left="567" w:hanging="567"\/>/);
  });
});
