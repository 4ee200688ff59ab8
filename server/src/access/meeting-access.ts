import { timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import { roleAtLeast, type Role } from "@rapporteur/shared";
import { HttpError } from "../errors.js";
import type { DocumentStore } from "../store/document-store.js";
import { checkInvitation } from "./check-invitation.js";
import type { InvitationTokens } from "./invitation-tokens.js";
import { readToken } from "./read-token.js";

/** What a request may do in the meeting it names; set by `requireMeetingRole`. */
export interface MeetingAccess {
  meetingId: string;
  role: Role;
  /** A name for the audit log: the X-Rapporteur-User header, or the role. */
  actor: string;
}

export class MeetingAccessGuard {
  constructor(
    private readonly tokens: InvitationTokens,
    private readonly store: DocumentStore,
    private readonly adminToken: string | undefined,
  ) {}

  /**
   * Unknown meeting → 404 (ids are unguessable, so this leaks nothing); no valid token for
   * this meeting → 401 (`link_replaced` when the chair replaced the link); a valid token with
   * too small a role → 403.
   */
  requireMeetingRole(required: Role): RequestHandler {
    return async (request, response, next) => {
      const meetingId = String(request.params.id ?? "");
      const check = await checkInvitation(this.tokens, this.store, meetingId, readToken(request));
      if (check.kind === "not-found") throw new HttpError(404, "not_found", "meeting not found");
      if (check.kind === "unauthorized") throw new HttpError(401, check.code, check.reason);
      const { claims } = check;
      if (!roleAtLeast(claims.role, required)) {
        throw new HttpError(403, "forbidden", `this needs the ${required} role; your link is for ${claims.role}`);
      }
      const name = readUserName(request.get("x-rapporteur-user"));
      const access: MeetingAccess = { meetingId, role: claims.role, actor: name || claims.role };
      response.locals.access = access;
      next();
    };
  }

  /** Open on a default install; with ADMIN_TOKEN configured, only its holder passes. */
  requireAdmin(): RequestHandler {
    return (request, _response, next) => {
      if (this.adminToken === undefined) return next();
      const given = Buffer.from(readToken(request) ?? "");
      const expected = Buffer.from(this.adminToken);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw new HttpError(401, "unauthorized", "this server requires the admin token");
      }
      next();
    };
  }
}

/** The web client percent-encodes the name (header values are ASCII); a plain name is taken as sent. */
function readUserName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  let name = header;
  try {
    name = decodeURIComponent(header);
  } catch {
    // Not percent-encoded after all: keep it as it is.
  }
  return name.trim().slice(0, 100);
}
