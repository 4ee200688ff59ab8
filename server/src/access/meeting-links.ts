import type { Request } from "express";
import { RoleSchema, type MeetingLinks } from "@rapporteur/shared";
import type { InvitationTokens } from "./invitation-tokens.js";

/** One invitation link per role: the meeting page with its token. */
export async function createMeetingLinks(
  tokens: InvitationTokens,
  meetingId: string,
  baseUrl: string,
): Promise<{ links: MeetingLinks; tokens: MeetingLinks }> {
  const [chair, noteTaker, viewer] = await Promise.all(RoleSchema.options.slice().reverse().map((role) => tokens.issue(meetingId, role)));
  const issued = { chair: chair!, noteTaker: noteTaker!, viewer: viewer! };
  const link = (token: string) => `${baseUrl.replace(/\/$/, "")}/m/${meetingId}?token=${token}`;
  return { tokens: issued, links: { chair: link(issued.chair), noteTaker: link(issued.noteTaker), viewer: link(issued.viewer) } };
}

/** PUBLIC_URL when configured, otherwise the address the request came to. */
export function baseUrlOf(request: Request, publicUrl: string | undefined): string {
  return publicUrl ?? `${request.protocol}://${request.get("host") ?? "localhost"}`;
}
