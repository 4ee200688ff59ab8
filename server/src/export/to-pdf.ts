import { buildSummaryBlocks, formatMeetingDate, type ApprovalStamp, type SummaryBlock, type SummaryExportInput } from "@rapporteur/shared";
import { pdfBlock } from "./pdf-content.js";
import { configurePdfFonts } from "./pdf-fonts.js";

const STYLES = {
  h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 6] },
  h2: { fontSize: 13.5, bold: true, margin: [0, 14, 0, 6] },
  h3: { fontSize: 11.5, bold: true, margin: [0, 12, 0, 4] },
  h4: { fontSize: 10.5, bold: true, italics: true, margin: [0, 8, 0, 3] },
  time: { fontSize: 8.5, color: "#666666", margin: [0, -2, 0, 4] },
  paragraph: { margin: [0, 0, 0, 7] },
  list: { margin: [0, 0, 0, 7] },
  table: { fontSize: 9, margin: [0, 2, 0, 10] },
  tableHeader: { bold: true },
  tableTitle: { bold: true, margin: [0, 6, 0, 3] },
  approval: { fontSize: 8.5, color: "#1e6b3a", alignment: "center", margin: [0, 0, 0, 12] },
};

/** The Summary Report as a PDF: A4 or Letter, embedded fonts, bookmarks, DRAFT until approved. */
export async function renderSummaryPdf(input: SummaryExportInput): Promise<Buffer> {
  const pdfmake = configurePdfFonts();
  const { meeting, approval } = input;
  const outline = { count: 0, parents: [] as string[] };
  const summary = buildSummaryBlocks(input);
  const blocks = insertApprovalLine(summary.map((block) => pdfBlock(block, outline)), summary, approval);
  const running = `${meeting.series} · ${meeting.title}`;
  const definition = {
    pageSize: input.options.pageSize,
    pageMargins: [62, 60, 62, 58],
    info: {
      title: `${meeting.title} Summary Report`,
      subject: `Summary Report of ${meeting.title}, ${formatMeetingDate(meeting.startsAt)}`,
      author: meeting.series,
      keywords: ["Summary Report", meeting.series, approval ? "approved" : "draft"].join(", "),
      creator: "Rapporteur",
    },
    ...(approval ? {} : { watermark: { text: "DRAFT", color: "#9aa3b5", opacity: 0.18, bold: true, angle: -45 } }),
    header: (page: number) => (page === 1 ? null : { text: running, fontSize: 8, color: "#777777", margin: [62, 28, 62, 0] }),
    footer: (page: number, pages: number) => ({
      columns: [{ text: running, width: "*" }, { text: `Page ${page} of ${pages}`, width: "auto" }],
      fontSize: 8, color: "#777777", margin: [62, 18, 62, 0],
    }),
    content: blocks,
    styles: STYLES,
    defaultStyle: { font: "Roboto", fontSize: 10.5, lineHeight: 1.25 },
  };
  return pdfmake.createPdf(definition).getBuffer();
}

/** The approval line sits under the title block ("Summary Report"), or first when there is none. */
function insertApprovalLine(content: unknown[], blocks: SummaryBlock[], approval: ApprovalStamp | undefined): unknown[] {
  if (!approval) return content;
  const line = {
    text: `Approved by ${approval.approvedBy} on ${formatMeetingDate(approval.approvedAt)} · version ${approval.version} · SHA-256 ${approval.sha256.slice(0, 12)}`,
    style: "approval",
  };
  const titleEnd = blocks.findIndex((block) => block.kind === "heading" && block.align === "center" && block.level === 2);
  const at = titleEnd >= 0 ? titleEnd + 1 : 0;
  return [...content.slice(0, at), line, ...content.slice(at)];
}
