import { z } from "zod";
import {
  ApprovalSchema,
  AuditEntrySchema,
  CheckWarningSchema,
  DiffPartSchema,
  JsonNodeSchema,
  LiveParticipantSchema,
  MeetingLinksResponseSchema,
  MeetingLinksSchema,
  MeetingSchema,
  ParseWarningSchema,
  ReportTemplateSchema,
  RoleSchema,
  SeriesSchema,
  VersionInfoSchema,
  type CreateMeetingRequest,
  type ImportSummaryRequest,
  type ReportTemplateBody,
  type Role,
  type UpdateMeetingDetailsRequest,
  type UpdateSeriesRequest,
} from "@rapporteur/shared";
import { ApiError } from "./api-error";
import { readRememberedMeetingDetails, rememberMeetingDetails } from "./meeting-cache";
import { requestJson } from "./request-json";

const CreatedSchema = z.object({ meeting: MeetingSchema, links: MeetingLinksSchema, tokens: MeetingLinksSchema });
/** A meeting scheduled from another: the caller's own role only. */
const ScheduledSchema = MeetingLinksResponseSchema.pick({ links: true, tokens: true }).extend({ meeting: MeetingSchema });
const ImportedSchema = CreatedSchema.extend({ warnings: z.array(ParseWarningSchema).default([]) });
const TemplateResponseSchema = z.object({ template: ReportTemplateSchema });
const MeetingResponseSchema = z.object({ meeting: MeetingSchema, role: RoleSchema.optional() });

export const meetingsApi = {
  create: (request: CreateMeetingRequest | Record<string, unknown>) =>
    requestJson("/api/meetings", CreatedSchema, { method: "POST", body: request }),
  list: (query = "") =>
    requestJson(`/api/meetings${query ? `?q=${encodeURIComponent(query)}` : ""}`, z.object({ meetings: z.array(MeetingSchema) }), { promptForAdminToken: false }),
  /** Offline, the details last received (an ApiError, a real answer from the server, is not hidden). */
  get: async (meetingId: string) => {
    try {
      const details = await requestJson(`/api/meetings/${meetingId}`, MeetingResponseSchema, { meetingId });
      rememberMeetingDetails(meetingId, details);
      return details;
    } catch (error) {
      const remembered = error instanceof ApiError ? undefined : readRememberedMeetingDetails(meetingId);
      if (remembered) return remembered;
      throw error;
    }
  },
  /** Corrects the meeting's details; the server also corrects the report's title block, live. */
  updateDetails: (meetingId: string, body: UpdateMeetingDetailsRequest) =>
    requestJson(`/api/meetings/${meetingId}`, z.object({ meeting: MeetingSchema }), { method: "PATCH", body, meetingId }),
  scheduleNext: (meetingId: string, body: { startsAt?: string }) =>
    requestJson(`/api/meetings/${meetingId}/next`, ScheduledSchema, { method: "POST", body, meetingId }),
  /** The links this role may pass on (the chair: all three, and the next meeting's). */
  links: (meetingId: string) => requestJson(`/api/meetings/${meetingId}/links`, MeetingLinksResponseSchema, { meetingId }),
  replaceLinks: (meetingId: string, roles: Role[]) =>
    requestJson(`/api/meetings/${meetingId}/links/replace`, MeetingLinksResponseSchema, { method: "POST", body: { roles }, meetingId }),
  transition: (meetingId: string, action: "submit" | "approve" | "request-changes" | "reopen", comment?: string) =>
    requestJson(`/api/meetings/${meetingId}/${action}`, z.object({ meeting: MeetingSchema }).loose(), {
      method: "POST",
      body: comment === undefined ? {} : { comment },
      meetingId,
    }),
  approval: (meetingId: string) =>
    requestJson(`/api/meetings/${meetingId}/approval`, z.object({ approval: ApprovalSchema, approvals: z.array(ApprovalSchema) }), { meetingId }),
  checks: (meetingId: string) =>
    requestJson(`/api/meetings/${meetingId}/checks`, z.object({ warnings: z.array(CheckWarningSchema) }), { meetingId }),
  audit: (meetingId: string) =>
    requestJson(`/api/meetings/${meetingId}/audit`, z.object({ entries: z.array(AuditEntrySchema) }), { meetingId }),
  versions: (meetingId: string) =>
    requestJson(`/api/meetings/${meetingId}/versions`, z.object({ versions: z.array(VersionInfoSchema) }), { meetingId }),
  version: (meetingId: string, version: number) =>
    requestJson(
      `/api/meetings/${meetingId}/versions/${version}`,
      z.object({ version: VersionInfoSchema, body: JsonNodeSchema, participants: z.array(LiveParticipantSchema) }),
      { meetingId },
    ),
  nameVersion: (meetingId: string, name: string) =>
    requestJson(`/api/meetings/${meetingId}/versions`, z.object({ version: VersionInfoSchema }), { method: "POST", body: { name }, meetingId }),
  restoreVersion: (meetingId: string, version: number) =>
    requestJson(`/api/meetings/${meetingId}/versions/${version}/restore`, z.object({}).loose(), { method: "POST", body: {}, meetingId }),
  diff: (meetingId: string, from: number, to: number) =>
    requestJson(`/api/meetings/${meetingId}/versions/${from}/diff/${to}`, z.object({ parts: z.array(DiffPartSchema) }), { meetingId }),
  templates: () => requestJson("/api/templates", z.object({ templates: z.array(ReportTemplateSchema) })),
  createTemplate: (body: ReportTemplateBody) => requestJson("/api/templates", TemplateResponseSchema, { method: "POST", body }),
  updateTemplate: (templateId: string, body: ReportTemplateBody) =>
    requestJson(`/api/templates/${encodeURIComponent(templateId)}`, TemplateResponseSchema, { method: "PUT", body }),
  deleteTemplate: (templateId: string) => requestJson(`/api/templates/${encodeURIComponent(templateId)}`, z.undefined(), { method: "DELETE" }),
  series: () => requestJson("/api/series", z.object({ series: z.array(SeriesSchema) })),
  updateSeries: (body: UpdateSeriesRequest) => requestJson("/api/series", z.object({ series: SeriesSchema }), { method: "PUT", body }),
  importSummary: (request: ImportSummaryRequest) => requestJson("/api/meetings/import", ImportedSchema, { method: "POST", body: request }),
};
