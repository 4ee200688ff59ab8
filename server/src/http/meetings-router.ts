import { Router } from "express";
import { z } from "zod";
import { CreateMeetingRequestSchema, IdSchema, ScheduleNextMeetingRequestSchema } from "@rapporteur/shared";
import type { MeetingPlanner } from "../meetings/meeting-planner.js";
import type { DocumentStore } from "../store/document-store.js";
import { notFound } from "./http-error.js";
import { parseRequest } from "./parse-request.js";

const MeetingParamsSchema = z.object({ id: IdSchema });
const ListQuerySchema = z.object({ q: z.string().max(200).optional() });

export interface MeetingsRouterOptions {
  store: DocumentStore;
  planner: MeetingPlanner;
}

/** `/api/meetings`: create (seeding the document once), list, read, schedule the next one. */
export function createMeetingsRouter({ store, planner }: MeetingsRouterOptions): Router {
  const router = Router();

  router.post("/", async (request, response) => {
    const body = parseRequest(CreateMeetingRequestSchema, request.body, "body");
    const meeting = await planner.createMeeting(body);
    response.status(201).location(`/api/meetings/${meeting.id}`).json({ meeting });
  });

  router.get("/", async (request, response) => {
    const query = parseRequest(ListQuerySchema, request.query, "query");
    response.json({ meetings: await store.listMeetings({ text: query.q }) });
  });

  router.get("/:id", async (request, response) => {
    const { id } = parseMeetingParams(request.params);
    const meeting = await store.getMeeting(id);
    if (!meeting) throw notFound("meeting");
    response.json({ meeting });
  });

  router.post("/:id/next", async (request, response) => {
    const { id } = parseMeetingParams(request.params);
    const body = parseRequest(ScheduleNextMeetingRequestSchema, request.body, "body");
    const meeting = await planner.scheduleNextMeeting(id, body);
    response.status(201).location(`/api/meetings/${meeting.id}`).json({ meeting });
  });

  return router;
}

/** A malformed id can name no meeting: it is a 404 like any unknown one. */
export function parseMeetingParams(params: unknown): { id: string } {
  const result = MeetingParamsSchema.safeParse(params);
  if (!result.success) throw notFound("meeting");
  return result.data;
}
