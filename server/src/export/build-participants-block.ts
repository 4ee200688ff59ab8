import { buildParticipantsTable, type LiveParticipant } from "@rapporteur/shared";
import type { ExportBlock } from "./export-blocks.js";

/** The annex as every format prints it: the shared table, or a sentence when nobody is listed. */
export function buildParticipantsBlock(participants: readonly LiveParticipant[]): ExportBlock[] {
  if (participants.length === 0) {
    return [{ kind: "paragraph", inlines: [{ text: "No participants listed.", italic: true }], align: "left", titleBlock: false, number: null }];
  }
  return [{ kind: "table", purpose: "participants", ...buildParticipantsTable(participants) }];
}
