import { threadId } from "node:worker_threads";
import type { ImportedSummary, Meeting, ReportTemplate } from "@rapporteur/shared";
import { HttpError } from "../errors.js";
import { readImportText } from "./read-import-text.js";
import { seedImportedDocument, type SeededDocument } from "./seed-imported-document.js";

/** Read the text of a past summary. */
export interface ReadImportTask {
  kind: "read";
  text: string;
  startsAt?: string;
}

/** Build and encode the first draft of the meeting created from what was read. */
export interface SeedImportTask {
  kind: "seed";
  imported: ImportedSummary;
  meeting: Meeting;
  template: ReportTemplate;
}

export type ImportTask = ReadImportTask | SeedImportTask;
export type ImportTaskResult =
  | { kind: "read"; imported: ImportedSummary; threadId: number }
  | { kind: "refused"; status: number; code: string; message: string; threadId: number }
  | ({ kind: "seed"; threadId: number } & SeededDocument);

/**
 * Runs in a worker thread: reading 2,000,000 characters and encoding the document built from
 * them takes seconds, which on the main thread would hold up every meeting's keystrokes. A text
 * over the block limit is refused here, before its structure is copied back to the main thread.
 */
export default function runImportTask(task: ImportTask): ImportTaskResult {
  if (task.kind === "read") {
    try {
      return { kind: "read", imported: readImportText(task.text, task.startsAt), threadId };
    } catch (error) {
      // Errors lose their class on the way back; a refusal travels as a result.
      if (error instanceof HttpError) return { kind: "refused", status: error.status, code: error.code, message: error.message, threadId };
      throw error;
    }
  }
  return { kind: "seed", ...seedImportedDocument(task.imported, task.meeting, task.template), threadId };
}
