import { threadId } from "node:worker_threads";
import type { SummaryExportInput } from "@rapporteur/shared";
import { renderSummaryDocx } from "./to-docx.js";
import { renderSummaryPdf } from "./to-pdf.js";

export interface ExportTask {
  format: "pdf" | "docx";
  input: SummaryExportInput;
}

export interface ExportTaskResult {
  body: Uint8Array;
  /** The thread that rendered it: never the main thread (0). */
  threadId: number;
}

/**
 * Runs in a worker thread: PDF and Word layout is CPU work that grows with the report, and
 * on the main thread it would hold up every meeting's keystrokes. Fonts and pdfmake load once
 * per worker and stay warm between tasks.
 */
export default async function renderExportTask(task: ExportTask): Promise<ExportTaskResult> {
  const body = task.format === "pdf" ? await renderSummaryPdf(task.input) : await renderSummaryDocx(task.input);
  return { body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength), threadId };
}
