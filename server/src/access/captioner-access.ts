import type { RequestHandler } from "express";
import { HttpError } from "../errors.js";
import type { Store } from "../store/store.js";
import type { CaptionerTokens } from "./captioner-tokens.js";
import { readToken } from "./read-token.js";

/**
 * The captions endpoint's guard: unknown meeting → 404; anything but the meeting's current
 * captioner token (an invitation token, a revoked or replaced captioner token) → 401.
 */
export function requireCaptioner(tokens: CaptionerTokens, store: Store): RequestHandler {
  return async (request, _response, next) => {
    const meetingId = String(request.params.id ?? "");
    if (!(await store.getMeeting(meetingId))) throw new HttpError(404, "not_found", "meeting not found");
    const claims = await tokens.verify(readToken(request));
    const active = claims?.mid === meetingId ? await store.transcripts.getCaptionerTokenId(meetingId) : undefined;
    if (!claims || !active || active !== claims.jti) {
      throw new HttpError(401, "unauthorized", "a current captioner token for this meeting is required");
    }
    next();
  };
}
