import * as Y from "yjs";
import { importedSummaryToDocument, type ImportedSummary, type Meeting, type ReportTemplate } from "@rapporteur/shared";
import { summaryPlainText } from "../export/summary-plain-text.js";
import { encodeSeedDocument } from "./encode-seed-document.js";

/** A meeting's first draft as one update, and its text for search. */
export interface SeededDocument {
  seed: Uint8Array;
  plainText: string;
}

/** The imported summary as the meeting's first draft (the template's title block, the original's text). */
export function seedImportedDocument(imported: ImportedSummary, meeting: Meeting, template: ReportTemplate): SeededDocument {
  const seed = encodeSeedDocument(importedSummaryToDocument(imported, meeting, template), meeting.participants, template.speakerName ?? "first");
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, seed);
    return { seed, plainText: summaryPlainText(doc) };
  } finally {
    doc.destroy();
  }
}
