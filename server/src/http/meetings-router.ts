import { Router } from "express";
import { z } from "zod";
import { CreateMeetingRequestSchema, IdSchema } from "@rapporteur/shared";
import { createMeeting } from "../meetings/create-meeting.js";
import type { TemplateCatalog } from "../meetings/template-catalog.js";
import type { DocumentStore } from "../store/document-store.js";
import { HttpError, notFound } from "./http-error.js";
import { parseRequest } from "./parse-request.js";

const MeetingParamsSchema = z.object({ id: IdSchema });
const ListQuerySchema = z.object({ q: z.string().max(200).optional() });

export interface MeetingsRouterOptions {
  store: DocumentStore;
  templates: TemplateCatalog;
}

/** `/api/meetings`: create (seeding the document once), list, read. */
export function createMeetingsRouter({ store, templates }: MeetingsRouterOptions): Router {
  const router = Router();

  router.post("/", async (request, response) => {
    const body = parseRequest(CreateMeetingRequestSchema, request.body, "body");
    const template = templates.get(body.templateId);
    if (!template) {
      throw new HttpError(400, "invalid_request", `unknown template ${body.templateId}`, [
        { path: "templateId", message: "no template with this id" },
      ]);
    }
    const meeting = await createMeeting(store, body, template);
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

  return router;
}

/** A malformed id can name no meeting: it is a 404 like any unknown one. */
export function parseMeetingParams(params: unknown): { id: string } {
  const result = MeetingParamsSchema.safeParse(params);
  if (!result.success) throw notFound("meeting");
  return result.data;
}
