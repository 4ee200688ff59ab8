import { formatMeetingDate, type SummaryExportInput } from "@rapporteur/shared";
import { buildExportBlocks } from "./build-export-blocks.js";
import { draftWatermark } from "./draft-watermark.js";
import { loadPdfMake, PDF_FONT, type PdfContent } from "./load-pdfmake.js";
import { PDF_STYLES } from "./pdf-styles.js";
import { renderPdfBlocks } from "./render-pdf-blocks.js";

const MARGIN_X = 64;

interface NodeInfo {
  headlineLevel?: number;
  style?: string;
  pageNumbers: number[];
  pages: number;
}

/** The Summary Report as a PDF ready to post: embedded fonts, bookmarks, metadata, page numbers. */
export async function renderSummaryPdf(input: SummaryExportInput): Promise<Buffer> {
  const pdfmake = loadPdfMake();
  const { meeting } = input;
  const date = formatMeetingDate(meeting.startsAt);
  const definition: Record<string, unknown> = {
    pageSize: input.options.pageSize,
    pageMargins: [MARGIN_X, 64, MARGIN_X, 56],
    info: {
      title: `${meeting.title}: Summary Report`,
      subject: `Summary Report of ${meeting.series}, ${meeting.title}, ${date}`,
      author: meeting.series,
      creator: "Rapporteur",
      keywords: ["Summary Report", meeting.series, meeting.title, date].join(", "),
      // A custom Info entry, written uncompressed: the sealed record that /verify and rapporteur-verify read.
      ...(input.approval?.record ? { RapporteurApproval: input.approval.record.record } : {}),
    },
    language: "en",
    defaultStyle: { font: PDF_FONT, fontSize: 10.5, lineHeight: 1.25 },
    styles: PDF_STYLES,
    header: (page: number) => createPageHeader(input, date, page),
    footer: (page: number, pages: number) => ({ text: `Page ${page} of ${pages}`, style: "pageFooter", margin: [MARGIN_X, 20, MARGIN_X, 0] }),
    pageBreakBefore: keepHeadingWithNext,
    content: renderPdfBlocks(buildExportBlocks(input), input.numberParagraphs),
    // Drawn, not written: a text watermark would mix "DR", "AF", "T" into copied text.
    ...(input.approval ? {} : { background: (_page: number, size: { width: number; height: number }) => draftWatermark(size) }),
  };
  return pdfmake.createPdf(definition).getBuffer();
}

/**
 * The first page opens with the title block, so the running header starts on page 2; a draft
 * says so in words on every page, for readers and screen readers that cannot see the watermark.
 */
function createPageHeader(input: SummaryExportInput, date: string, page: number): PdfContent {
  const draft = input.approval ? [] : [{ text: "DRAFT: not approved", width: "auto", bold: true, color: "#b42318", alignment: "right" }];
  if (page === 1 && draft.length === 0) return "";
  return {
    columns: [
      { text: page === 1 ? "" : input.meeting.series, width: "*" },
      ...(page === 1 ? [] : [{ text: `${input.meeting.title} · ${date}`, width: "auto", alignment: "right" }]),
      ...draft,
    ],
    columnGap: 12,
    style: "pageHeader",
    margin: [MARGIN_X, 28, MARGIN_X, 0],
  };
}

/** A heading never ends a page: it moves to the next one with the text it introduces. */
function keepHeadingWithNext(node: NodeInfo, queries: { getFollowingNodesOnPage(): NodeInfo[] }): boolean {
  if (!node.headlineLevel) return false;
  const following = queries.getFollowingNodesOnPage();
  if (following.length === 0 && node.pageNumbers.at(-1) === node.pages) return false;
  return following.every((next) => next.style === "timeMarker" || next.headlineLevel !== undefined);
}
