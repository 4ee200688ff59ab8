import { Router, type Request } from "express";
import { z } from "zod";
import {
  CreateMeetingRequestSchema,
  IdSchema,
  ImportSummaryRequestSchema,
  ReplaceLinksRequestSchema,
  ScheduleNextMeetingRequestSchema,
  UpdateMeetingDetailsRequestSchema,
  type Meeting,
} from "@rapporteur/shared";
import type { InvitationTokens } from "../access/invitation-tokens.js";
import type { MeetingAccess, MeetingAccessGuard } from "../access/meeting-access.js";
import { baseUrlOf, createMeetingLinks } from "../access/meeting-links.js";
import { applyPastedLists } from "../meetings/apply-pasted-lists.js";
import { importMeeting } from "../meetings/import-meeting.js";
import type { MeetingInvitations } from "../meetings/meeting-invitations.js";
import type { ImportReader } from "../meetings/import-reader.js";
import type { MeetingPlanner } from "../meetings/meeting-planner.js";
import type { MeetingDetails } from "../meetings/meeting-details.js";
import type { Logger } from "../logger.js";
import { createOutOfLimitsReporter } from "../meetings/report-out-of-limits.js";
import type { DocumentStore } from "../store/document-store.js";
import { notFound } from "../errors.js";
import { parseRequest } from "./parse-request.js";

const MeetingParamsSchema = z.object({ id: IdSchema });
const ListQuerySchema = z.object({ q: z.string().max(200).optional(), token: z.string().optional() });

export interface MeetingsRouterOptions {
  store: DocumentStore;
  details: MeetingDetails;
  planner: MeetingPlanner;
  invitations: MeetingInvitations;
  importReader: ImportReader;
  guard: MeetingAccessGuard;
  tokens: InvitationTokens;
  publicUrl: string | undefined;
  logger: Logger;
}

/** `/api/meetings`: create (seeding the document once), list, read, correct details, share links, schedule the next one. */
export function createMeetingsRouter({ store, details, planner, invitations, importReader, guard, tokens, publicUrl, logger }: MeetingsRouterOptions): Router {
  const router = Router();
  const reportOutOfLimits = createOutOfLimitsReporter(logger);
  const created = async (request: Request, meeting: Meeting) => ({
    meeting,
    ...(await createMeetingLinks(tokens, meeting.id, baseUrlOf(request, publicUrl))),
  });

  router.post("/", guard.requireAdmin(), async (request, response) => {
    const body = parseRequest(CreateMeetingRequestSchema, request.body, "body");
    const { request: resolved, warnings } = applyPastedLists(body);
    const meeting = await planner.createMeeting(resolved);
    response.status(201).location(`/api/meetings/${meeting.id}`).json({ ...(await created(request, meeting)), warnings });
  });

  router.post("/import", guard.requireAdmin(), async (request, response) => {
    const body = parseRequest(ImportSummaryRequestSchema, request.body, "body");
    const { meeting, warnings } = await importMeeting(planner, importReader, body);
    response.status(201).location(`/api/meetings/${meeting.id}`).json({ ...(await created(request, meeting)), warnings });
  });

  router.get("/", guard.requireAdmin(), async (request, response) => {
    const query = parseRequest(ListQuerySchema, request.query, "query");
    const meetings = await store.listMeetings({ text: query.q });
    reportOutOfLimits(meetings);
    response.json({ meetings });
  });

  router.get("/:id", validateMeetingId, guard.requireMeetingRole("viewer"), async (request, response) => {
    const meeting = await store.getMeeting(String(request.params.id));
    if (!meeting) throw notFound("meeting");
    reportOutOfLimits([meeting]);
    response.json({ meeting, role: response.locals.access.role });
  });

  router.patch("/:id", validateMeetingId, guard.requireMeetingRole("noteTaker"), async (request, response) => {
    const body = parseRequest(UpdateMeetingDetailsRequestSchema, request.body, "body");
    const access = response.locals.access as MeetingAccess;
    response.json({ meeting: await details.correct(String(request.params.id), body, access) });
  });

  // Roles never escalate: the caller gets its own role in the next meeting; the chair's link is
  // listed for this meeting's chair (GET /links, `next`).
  router.post("/:id/next", validateMeetingId, guard.requireMeetingRole("noteTaker"), async (request, response) => {
    const body = parseRequest(ScheduleNextMeetingRequestSchema, request.body, "body");
    const { role } = response.locals.access as MeetingAccess;
    const meeting = await planner.scheduleNextMeeting(String(request.params.id), body);
    const links = await invitations.forScheduledMeeting(meeting.id, role, baseUrlOf(request, publicUrl));
    response.status(201).location(`/api/meetings/${meeting.id}`).json({ meeting, ...links });
  });

  router.get("/:id/links", validateMeetingId, guard.requireMeetingRole("noteTaker"), async (request, response) => {
    const { role } = response.locals.access as MeetingAccess;
    response.json(await invitations.list(String(request.params.id), role, baseUrlOf(request, publicUrl)));
  });

  router.post("/:id/links/replace", validateMeetingId, guard.requireMeetingRole("chair"), async (request, response) => {
    const body = parseRequest(ReplaceLinksRequestSchema, request.body, "body");
    response.json(await invitations.replace(String(request.params.id), body.roles, response.locals.access as MeetingAccess, baseUrlOf(request, publicUrl)));
  });

  return router;
}

/** A malformed id can name no meeting: it is a 404 like any unknown one. */
export function validateMeetingId(request: Request, _response: unknown, next: () => void): void {
  if (!MeetingParamsSchema.safeParse(request.params).success) throw notFound("meeting");
  next();
}
