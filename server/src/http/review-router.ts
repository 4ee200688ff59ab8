import { Router } from "express";
import { z } from "zod";
import {
  NameVersionSchema,
  readComments,
  readLiveParticipants,
  RequestChangesSchema,
  runPreSubmissionChecks,
  YDOC,
  type Role,
} from "@rapporteur/shared";
import { diffTexts } from "../meetings/diff-texts.js";
import type { RoomRegistry } from "../collab/room-registry.js";
import type { MeetingAccess, MeetingAccessGuard } from "../access/meeting-access.js";
import { readBody } from "../export/read-summary-export.js";
import { summaryPlainText } from "../export/summary-plain-text.js";
import type { ReviewWorkflow } from "../meetings/review-workflow.js";
import { baseUrlOf } from "../access/meeting-links.js";
import type { Publisher } from "../publish/publisher.js";
import type { TemplateCatalog } from "../meetings/template-catalog.js";
import type { ExportRenderer } from "../export/export-renderer.js";
import type { Store } from "../store/store.js";
import { ExportQuerySchema, sendExport } from "./export-router.js";
import { HttpError, notFound } from "../errors.js";
import { parseRequest } from "./parse-request.js";

const VersionParamsSchema = z.object({ v: z.coerce.number().int().positive() });
const DiffParamsSchema = z.object({ v: z.coerce.number().int().positive(), other: z.coerce.number().int().positive() });

export interface ReviewRouterOptions {
  store: Store;
  rooms: RoomRegistry;
  workflow: ReviewWorkflow;
  templates: TemplateCatalog;
  guard: MeetingAccessGuard;
  exportRenderer: ExportRenderer;
  publisher: Publisher;
  publicUrl: string | undefined;
}

/** Review, approval, versions and the audit log of one meeting (`/api/meetings/:id/...`). */
export function createReviewRouter({ store, rooms, workflow, templates, guard, exportRenderer, publisher, publicUrl }: ReviewRouterOptions): Router {
  const router = Router({ mergeParams: true });
  const as = (role: Role) => guard.requireMeetingRole(role);
  const accessOf = (locals: Record<string, unknown>) => locals.access as MeetingAccess;
  const idOf = (params: Record<string, unknown>) => String(params.id);

  router.post("/submit", as("noteTaker"), async (request, response) => {
    response.json({ meeting: await workflow.transition(idOf(request.params), "submit", accessOf(response.locals)) });
  });
  router.post("/approve", as("chair"), async (request, response) => {
    const meeting = await workflow.transition(idOf(request.params), "approve", accessOf(response.locals));
    // The approved record is public (and verifiable) by the time the chair sees "approved".
    await publisher.publishApprovals(meeting.id, baseUrlOf(request, publicUrl));
    const approvals = await store.review.listApprovals(meeting.id);
    response.json({ meeting, approval: approvals[approvals.length - 1] });
  });
  router.post("/request-changes", as("chair"), async (request, response) => {
    const { comment } = parseRequest(RequestChangesSchema, request.body, "body");
    response.json({ meeting: await workflow.transition(idOf(request.params), "request_changes", accessOf(response.locals), comment) });
  });
  router.post("/reopen", as("chair"), async (request, response) => {
    response.json({ meeting: await workflow.transition(idOf(request.params), "reopen", accessOf(response.locals)) });
  });

  router.get("/approval", as("viewer"), async (request, response) => {
    const approvals = await store.review.listApprovals(idOf(request.params));
    const approval = approvals[approvals.length - 1];
    if (!approval) throw new HttpError(404, "not_approved", "this meeting has not been approved");
    response.json({ approval, approvals });
  });
  router.get("/checks", as("viewer"), async (request, response) => {
    const doc = await rooms.readDocument(idOf(request.params));
    if (!doc) throw notFound("meeting");
    const participants = readLiveParticipants(doc.getArray(YDOC.participants));
    response.json({ warnings: runPreSubmissionChecks(readBody(doc), participants, readComments(doc.getMap(YDOC.comments))) });
  });
  router.get("/audit", as("viewer"), async (request, response) => {
    response.json({ entries: await store.review.listAudit(idOf(request.params)) });
  });

  router.get("/versions", as("viewer"), async (request, response) => {
    response.json({ versions: await store.review.listVersions(idOf(request.params)) });
  });
  router.post("/versions", as("noteTaker"), async (request, response) => {
    const { name } = parseRequest(NameVersionSchema, request.body, "body");
    response.status(201).json({ version: await workflow.nameVersion(idOf(request.params), name, accessOf(response.locals)) });
  });
  router.get("/versions/:v", as("viewer"), async (request, response) => {
    const { v } = parseRequest(VersionParamsSchema, request.params, "params");
    const info = (await store.review.listVersions(idOf(request.params))).find((version) => version.version === v);
    if (!info) throw notFound("version");
    const doc = await workflow.readVersion(idOf(request.params), v);
    response.json({ version: info, body: readBody(doc), participants: readLiveParticipants(doc.getArray(YDOC.participants)) });
  });
  router.get("/versions/:v/export", as("viewer"), async (request, response) => {
    const id = idOf(request.params);
    const { v } = parseRequest(VersionParamsSchema, request.params, "params");
    const query = parseRequest(ExportQuerySchema, request.query, "query");
    const meeting = (await store.getMeeting(id))!;
    const doc = await workflow.readVersion(id, v);
    const approval = (await store.review.listApprovals(id)).find((entry) => entry.version === v);
    await sendExport(response, { doc, meeting, query, templates, renderer: exportRenderer, suffix: ` v${v}`, ...(approval ? { approval } : {}) });
  });
  router.post("/versions/:v/restore", as("noteTaker"), async (request, response) => {
    const { v } = parseRequest(VersionParamsSchema, request.params, "params");
    await workflow.restoreVersion(idOf(request.params), v, accessOf(response.locals));
    response.json({ versions: await store.review.listVersions(idOf(request.params)) });
  });
  router.get("/versions/:v/diff/:other", as("viewer"), async (request, response) => {
    const id = idOf(request.params);
    const { v, other } = parseRequest(DiffParamsSchema, request.params, "params");
    const [before, after] = await Promise.all([workflow.readVersion(id, v), workflow.readVersion(id, other)]);
    response.json({ parts: diffTexts(summaryPlainText(before), summaryPlainText(after)) });
  });
  return router;
}
