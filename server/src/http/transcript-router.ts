import express, { Router } from "express";
import { z } from "zod";
import { LIMITS, PostCaptionsRequestSchema, TranscriptFormatSchema, TranscriptSettingsSchema, UploadTranscriptRequestSchema, type Role } from "@rapporteur/shared";
import { requireCaptioner } from "../access/captioner-access.js";
import type { CaptionerTokens } from "../access/captioner-tokens.js";
import type { MeetingAccess, MeetingAccessGuard } from "../access/meeting-access.js";
import type { MeetingTranscripts } from "../meetings/meeting-transcripts.js";
import type { Store } from "../store/store.js";
import { parseRequest } from "./parse-request.js";

const ReadQuerySchema = z.object({ after: z.coerce.number().int().min(0).default(0) });
const RawUploadQuerySchema = z.object({ fileName: z.string().optional(), format: TranscriptFormatSchema.optional() });

/** A file sent as it is (`curl --data-binary @call.vtt -H 'content-type: text/vtt'`) rather than in JSON. */
const rawText = express.text({ type: ["text/*", "application/x-subrip"], limit: LIMITS.maxRequestBodyBytes });

export interface TranscriptRouterOptions {
  store: Store;
  guard: MeetingAccessGuard;
  transcripts: MeetingTranscripts;
  captionerTokens: CaptionerTokens;
}

/** `/api/meetings/:id/transcript`: note-takers read, upload, align and remove; the chair issues the captioner link. */
export function createTranscriptRouter({ guard, transcripts }: TranscriptRouterOptions): Router {
  const router = Router({ mergeParams: true });
  const as = (role: Role) => guard.requireMeetingRole(role);
  const accessOf = (locals: Record<string, unknown>) => locals.access as MeetingAccess;
  const idOf = (params: Record<string, unknown>) => String(params.id);

  router.get("/", as("noteTaker"), async (request, response) => {
    const { after } = parseRequest(ReadQuerySchema, request.query, "query");
    response.json({ transcript: await transcripts.read(idOf(request.params), after) });
  });
  router.post("/", as("noteTaker"), rawText, async (request, response) => {
    const body = typeof request.body === "string" ? { text: request.body, ...parseRequest(RawUploadQuerySchema, request.query, "query") } : request.body;
    const upload = parseRequest(UploadTranscriptRequestSchema, body, "body");
    response.status(201).json(await transcripts.upload(idOf(request.params), upload, accessOf(response.locals)));
  });
  router.put("/settings", as("noteTaker"), async (request, response) => {
    const settings = parseRequest(TranscriptSettingsSchema, request.body, "body");
    response.json({ settings: await transcripts.saveSettings(idOf(request.params), settings) });
  });
  router.delete("/", as("noteTaker"), async (request, response) => {
    await transcripts.remove(idOf(request.params), accessOf(response.locals));
    response.status(204).end();
  });
  router.post("/captioner", as("chair"), async (request, response) => {
    const id = idOf(request.params);
    response.status(201).json({ token: await transcripts.issueCaptionerToken(id), endpoint: `/api/meetings/${id}/captions` });
  });
  router.delete("/captioner", as("chair"), async (request, response) => {
    await transcripts.revokeCaptionerToken(idOf(request.params));
    response.status(204).end();
  });
  return router;
}

/** `/api/meetings/:id/captions`: the captioner token posts cues; it can do nothing else. */
export function createCaptionsRouter({ store, transcripts, captionerTokens }: TranscriptRouterOptions): Router {
  const router = Router({ mergeParams: true });
  router.post("/", requireCaptioner(captionerTokens, store), async (request, response) => {
    const { cues } = parseRequest(PostCaptionsRequestSchema, request.body, "body");
    response.status(201).json({ added: await transcripts.addCaptions(String(request.params.id), cues) });
  });
  return router;
}
