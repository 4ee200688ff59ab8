import * as Y from "yjs";
import { yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import {
  ItemTimesSchema,
  readLiveParticipants,
  sanitizeBody,
  YDOC,
  type ApprovalStamp,
  type ExportOptions,
  type JsonNode,
  type Meeting,
  type ReportTemplate,
  type SummaryExportInput,
} from "@rapporteur/shared";

/** The report body as ProseMirror JSON, reduced to what the shared schema knows. */
export function readBody(doc: Y.Doc): JsonNode {
  return sanitizeBody(yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(YDOC.body)) as JsonNode);
}

/** Reads a meeting's Y.Doc into the plain data every exporter takes (the one Yjs → data boundary). */
export function readSummaryExport(
  doc: Y.Doc,
  meeting: Meeting,
  template: ReportTemplate | undefined,
  options: ExportOptions,
  approval?: ApprovalStamp,
): SummaryExportInput {
  const body = readBody(doc);
  const itemTimes = ItemTimesSchema.safeParse(doc.getMap(YDOC.session).get("itemTimes") ?? {});
  return {
    meeting,
    body,
    participants: readLiveParticipants(doc.getArray(YDOC.participants)),
    itemTimes: itemTimes.success ? itemTimes.data : {},
    numberParagraphs: template?.numberParagraphs ?? false,
    approval,
    options,
  };
}
