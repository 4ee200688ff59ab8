import { z } from "zod";
import type { JsonNode } from "./json-node.js";
import type { Meeting } from "../meeting/meeting.js";

/** A participant as the live document holds it: attendance is ticked during the call. */
export const LiveParticipantSchema = z.object({
  id: z.string(),
  name: z.string(),
  affiliation: z.string().optional(),
  role: z.string().optional(),
  attended: z.boolean().optional(),
});
export type LiveParticipant = z.infer<typeof LiveParticipantSchema>;

/** When each agenda item was discussed (ISO times, UTC), recorded live by "now discussing". */
export const ItemTimesSchema = z.record(
  z.string(),
  z.object({ startedAt: z.string(), endedAt: z.string().optional() }),
);
export type ItemTimes = z.infer<typeof ItemTimesSchema>;

export const ExportOptionsSchema = z.object({
  includeParticipants: z.boolean().default(true),
  includeActionTable: z.boolean().default(true),
  includeDecisions: z.boolean().default(true),
  includeTimeMarkers: z.boolean().default(false),
  frontMatter: z.boolean().default(false),
  pageSize: z.enum(["A4", "LETTER"]).default("A4"),
});
export type ExportOptions = z.infer<typeof ExportOptionsSchema>;

/** What the approval of one exact version recorded; printed on the approved export. */
export interface ApprovalStamp {
  approvedBy: string;
  approvedAt: string;
  version: number;
  sha256: string;
  /** Present on the files published at approval: the signed record they carry. */
  record?: ApprovalRecordStamp | undefined;
}

/** How a published file proves itself: a short reference to print, where to check it, the record to embed. */
export interface ApprovalRecordStamp {
  reference: string;
  verifyUrl: string;
  /** `rapporteur-approval.v1.…`: the signed statement, sealed into the file after rendering. */
  record: string;
}

/**
 * Everything an exporter needs, already read out of the Y.Doc: exporters take plain data,
 * never a Y.Doc, so every format renders the same content.
 */
export interface SummaryExportInput {
  meeting: Meeting;
  body: JsonNode;
  participants: LiveParticipant[];
  itemTimes: ItemTimes;
  numberParagraphs: boolean;
  approval?: ApprovalStamp | undefined;
  options: ExportOptions;
}
