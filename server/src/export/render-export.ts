import { toMarkdown, type ExportFormat, type SummaryExportInput } from "@rapporteur/shared";
import { assertNever } from "@rapporteur/shared";

export interface RenderedExport {
  contentType: string;
  body: Buffer | string;
}

/** Renders one export format; the formats differ only in the renderer, never in what is read. */
export async function renderExport(format: ExportFormat, input: SummaryExportInput): Promise<RenderedExport> {
  switch (format) {
    case "md":
      return { contentType: "text/markdown; charset=utf-8", body: toMarkdown(input) };
    case "pdf":
    case "docx":
      throw new Error(`${format} export is not available yet`);
    default:
      return assertNever(format);
  }
}
