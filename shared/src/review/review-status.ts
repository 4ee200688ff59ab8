import { z } from "zod";
import { isWellFormedText, singleLineText, UNPAIRED_SURROGATE_MESSAGE } from "../meeting/plain-text.js";

export const MeetingStatusSchema = z.enum(["drafting", "in_review", "changes_requested", "approved"]);
export type MeetingStatus = z.infer<typeof MeetingStatusSchema>;

export const ReviewActionSchema = z.enum(["submit", "approve", "request_changes", "reopen", "restore", "name_version", "edit_details", "replace_links"]);
export type ReviewAction = z.infer<typeof ReviewActionSchema>;

/** A version of the document: automatic (status change, activity) or named by someone. */
export const VersionInfoSchema = z.object({
  version: z.number().int().positive(),
  name: z.string(),
  reason: z.enum(["created", "auto", "named", "submit", "approve", "request_changes", "reopen", "restore"]),
  createdAt: z.string(),
  createdBy: z.string(),
  sha256: z.string(),
});
export type VersionInfo = z.infer<typeof VersionInfoSchema>;

/** The record of one approval: one exact version, who, when, and the hash of its content. */
export const ApprovalSchema = z.object({
  version: z.number().int().positive(),
  approvedBy: z.string(),
  approvedAt: z.string(),
  sha256: z.string(),
});
export type Approval = z.infer<typeof ApprovalSchema>;

export const AuditEntrySchema = z.object({
  at: z.string(),
  actor: z.string(),
  role: z.string(),
  action: ReviewActionSchema,
  detail: z.string().default(""),
  version: z.number().int().positive().optional(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const RequestChangesSchema = z.object({
  comment: z.string().trim().min(1, "say what should change").max(5000).refine(isWellFormedText, UNPAIRED_SURROGATE_MESSAGE),
});
export const NameVersionSchema = z.object({ name: singleLineText(200) });

/** Which transitions each action makes; anything else is a 409. */
export const TRANSITIONS: Record<"submit" | "approve" | "request_changes" | "reopen", { from: MeetingStatus[]; to: MeetingStatus }> = {
  submit: { from: ["drafting", "changes_requested"], to: "in_review" },
  approve: { from: ["drafting", "in_review", "changes_requested"], to: "approved" },
  request_changes: { from: ["in_review"], to: "changes_requested" },
  reopen: { from: ["approved"], to: "drafting" },
};
