import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun } from "docx";
import { formatMeetingDate, type SummaryExportInput } from "@rapporteur/shared";
import { buildExportBlocks } from "./build-export-blocks.js";
import { createDocxNumbering } from "./docx-numbering.js";
import { DOCX_STYLES } from "./docx-styles.js";
import { renderDocxBlocks } from "./render-docx-blocks.js";

/** Twips (1/1440 inch). */
const PAGE_SIZES = { A4: { width: 11906, height: 16838 }, LETTER: { width: 12240, height: 15840 } } as const;
const MARGIN = 1134;

/** The Summary Report as a Word document: real heading styles and lists, for secretariats that finish in Word. */
export async function renderSummaryDocx(input: SummaryExportInput): Promise<Buffer> {
  const { meeting } = input;
  const date = formatMeetingDate(meeting.startsAt);
  const size = PAGE_SIZES[input.options.pageSize];
  const numbering = createDocxNumbering();
  const children = renderDocxBlocks(buildExportBlocks(input), { numbering, contentWidth: size.width - 2 * MARGIN });
  const document = new Document({
    title: `${meeting.title}: Summary Report`,
    subject: `Summary Report of ${meeting.series}, ${meeting.title}, ${date}`,
    creator: meeting.series,
    lastModifiedBy: "Rapporteur",
    keywords: ["Summary Report", meeting.series, meeting.title, date].join(", "),
    description: input.approval ? `Approved version ${input.approval.version}` : "Draft",
    styles: DOCX_STYLES,
    numbering: numbering.toOptions(),
    sections: [
      {
        properties: { page: { size, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        headers: { default: createHeader(input, date) },
        footers: { default: createFooter() },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** A draft says so on every page; an approved report carries the usual running header instead. */
function createHeader(input: SummaryExportInput, date: string): Header {
  const text = input.approval
    ? new TextRun({ text: `${input.meeting.series} · ${input.meeting.title} · ${date}`, size: 16, color: "666666" })
    : new TextRun({ text: "DRAFT – not approved", size: 20, bold: true, color: "8A8A8A" });
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [text] })] });
}

function createFooter(): Footer {
  const run = new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], size: 16, color: "666666" });
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run] })] });
}
