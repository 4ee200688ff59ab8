import { assertNever, type ExportFormat, type SummaryExportInput } from "@rapporteur/shared";
import { renderSummaryDocx } from "./to-docx.js";
import { renderSummaryMarkdown } from "./to-markdown.js";
import { renderSummaryPdf } from "./to-pdf.js";

export interface RenderedExport {
  contentType: string;
  body: Buffer | string;
}

/** Renders one export format; the formats differ only in the renderer, never in what is read. */
export async function renderExport(format: ExportFormat, input: SummaryExportInput): Promise<RenderedExport> {
  switch (format) {
    case "md":
      return { contentType: "text/markdown; charset=utf-8", body: renderSummaryMarkdown(input) };
    case "pdf":
      return { contentType: "application/pdf", body: await renderSummaryPdf(input) };
    case "docx":
      return { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", body: await renderSummaryDocx(input) };
    default:
      return assertNever(format);
  }
}
