import { AlignmentType, Document, Footer, Header, LevelFormat, Packer, PageNumber, Paragraph, TextRun, type ILevelsOptions } from "docx";
import { buildSummaryBlocks, formatMeetingDate, type SummaryExportInput } from "@rapporteur/shared";
import { docxBlocks } from "./docx-content.js";

const PAGE_SIZES = { A4: { width: 11906, height: 16838 }, LETTER: { width: 12240, height: 15840 } } as const;

function levels(ordered: boolean): ILevelsOptions[] {
  return [0, 1, 2, 3].map((level) => ({
    level,
    format: ordered ? [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN, LevelFormat.DECIMAL][level]! : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : ["•", "◦", "▪", "•"][level]!,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

/** The Summary Report as a Word document with real headings and lists, for secretariats that finish in Word. */
export async function renderSummaryDocx(input: SummaryExportInput): Promise<Buffer> {
  const { meeting, approval } = input;
  const running = `${meeting.series} · ${meeting.title}`;
  const body = docxBlocks(buildSummaryBlocks(input), { next: 1 });
  const stamp = approval
    ? `Approved by ${approval.approvedBy} on ${formatMeetingDate(approval.approvedAt)} · version ${approval.version} · SHA-256 ${approval.sha256.slice(0, 12)}`
    : "DRAFT: not approved";
  const document = new Document({
    creator: "Rapporteur",
    title: `${meeting.title} Summary Report`,
    subject: `Summary Report of ${meeting.title}, ${formatMeetingDate(meeting.startsAt)}`,
    description: meeting.series,
    keywords: approval ? "approved" : "draft",
    styles: { default: { document: { run: { font: "Calibri", size: 22 } } } },
    numbering: { config: [{ reference: "ordered", levels: levels(true) }, { reference: "bullets", levels: levels(false) }] },
    sections: [
      {
        properties: { page: { size: PAGE_SIZES[input.options.pageSize] } },
        headers: {
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: stamp, size: 16, bold: !approval, color: approval ? "1E6B3A" : "B42318" })] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ children: [new TextRun({ text: `${running}    `, size: 16, color: "777777" }), new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], size: 16, color: "777777" })] })],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}
