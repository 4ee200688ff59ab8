import { Router, type Response } from "express";
import { z } from "zod";
import type * as Y from "yjs";
import { EXPORT_FORMATS, ExportOptionsSchema, exportFileName, type ApprovalStamp, type Meeting } from "@rapporteur/shared";
import type { MeetingAccessGuard } from "../access/meeting-access.js";
import type { RoomRegistry } from "../collab/room-registry.js";
import { readSummaryExport } from "../export/read-summary-export.js";
import { ExportRefused, type ExportRenderer } from "../export/export-renderer.js";
import type { TemplateCatalog } from "../meetings/template-catalog.js";
import type { Store } from "../store/store.js";
import { HttpError, notFound } from "../errors.js";
import { parseRequest } from "./parse-request.js";
import { allowSameOriginFraming } from "./security-headers.js";

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

export const ExportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { message: `format must be one of ${EXPORT_FORMATS.join(", ")}` }),
  participants: flag.optional(),
  actions: flag.optional(),
  decisions: flag.optional(),
  times: flag.optional(),
  frontMatter: flag.optional(),
  pageSize: z.enum(["A4", "LETTER"]).optional(),
  /** Shown in the page (the in-app preview) rather than downloaded. */
  inline: flag.optional(),
  token: z.string().optional(),
});
export type ExportQuery = z.infer<typeof ExportQuerySchema>;

export interface ExportRouterOptions {
  store: Store;
  rooms: RoomRegistry;
  templates: TemplateCatalog;
  guard: MeetingAccessGuard;
  exportRenderer: ExportRenderer;
}

/** Renders `doc` in the asked format and sends it as a download. */
export async function sendExport(
  response: Response,
  request: { doc: Y.Doc; meeting: Meeting; query: ExportQuery; templates: TemplateCatalog; renderer: ExportRenderer; approval?: ApprovalStamp; suffix?: string },
): Promise<void> {
  const { query } = request;
  const options = ExportOptionsSchema.parse({
    includeParticipants: query.participants,
    includeActionTable: query.actions,
    includeDecisions: query.decisions,
    includeTimeMarkers: query.times,
    frontMatter: query.frontMatter,
    pageSize: query.pageSize,
  });
  const template = await request.templates.get(request.meeting.templateId);
  const input = readSummaryExport(request.doc, request.meeting, template, options, request.approval);
  const rendered = await request.renderer.render(query.format, input).catch((error: unknown) => {
    throw error instanceof ExportRefused ? toHttpError(error, response) : error;
  });
  response.attachment(exportFileName(request.meeting, query.format, request.suffix)).type(rendered.contentType);
  // attachment() encodes non-ASCII file names correctly; only its disposition type changes for a preview.
  if (query.inline) {
    response.set("Content-Disposition", String(response.get("Content-Disposition")).replace(/^attachment/, "inline"));
    allowSameOriginFraming(response);
  }
  response.send(rendered.body);
}

/** 413 for a report too big to lay out, 503 (with Retry-After) when the workers are busy or a rendering ran out of time. */
function toHttpError(refused: ExportRefused, response: Response): HttpError {
  if (refused.reason === "too_large") return new HttpError(413, "export_too_large", refused.message);
  response.set("Retry-After", "30");
  return new HttpError(503, refused.reason === "timeout" ? "export_timeout" : "export_busy", refused.message);
}

/** `/api/meetings/:id/export?format=md|pdf|docx`: the current document (the approved one once approved). */
export function createExportRouter({ store, rooms, templates, guard, exportRenderer }: ExportRouterOptions): Router {
  const router = Router({ mergeParams: true });
  router.get("/", guard.requireMeetingRole("viewer"), async (request, response) => {
    const id = String(request.params.id);
    const query = parseRequest(ExportQuerySchema, request.query, "query");
    const meeting = await store.getMeeting(id);
    const doc = meeting && (await rooms.readDocument(id));
    if (!meeting || !doc) throw notFound("meeting");
    const approvals = meeting.status === "approved" ? await store.review.listApprovals(id) : [];
    const approval = approvals[approvals.length - 1];
    await sendExport(response, { doc, meeting, query, templates, renderer: exportRenderer, ...(approval ? { approval } : {}) });
  });
  return router;
}
