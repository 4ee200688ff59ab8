import type { Request } from "express";
import { FIRST_LINK_VERSIONS, type LinkVersions, type MeetingLinks, type Role, type SomeMeetingLinks } from "@rapporteur/shared";
import type { InvitationTokens } from "./invitation-tokens.js";

/** Invitation links of some roles: the meeting page with a token of the role's current version. */
export async function createSomeMeetingLinks(
  tokens: InvitationTokens,
  meetingId: string,
  baseUrl: string,
  roles: readonly Role[],
  versions: LinkVersions,
): Promise<{ links: SomeMeetingLinks; tokens: SomeMeetingLinks }> {
  const issued = await Promise.all(roles.map(async (role) => [role, await tokens.issue(meetingId, role, new Date(), versions[role])] as const));
  const link = (token: string) => `${baseUrl.replace(/\/$/, "")}/m/${meetingId}?token=${token}`;
  return {
    tokens: Object.fromEntries(issued),
    links: Object.fromEntries(issued.map(([role, token]) => [role, link(token)])),
  };
}

/** One invitation link per role (a new meeting: every version is the first). */
export async function createMeetingLinks(
  tokens: InvitationTokens,
  meetingId: string,
  baseUrl: string,
  versions: LinkVersions = FIRST_LINK_VERSIONS,
): Promise<{ links: MeetingLinks; tokens: MeetingLinks }> {
  const all = await createSomeMeetingLinks(tokens, meetingId, baseUrl, ["chair", "noteTaker", "viewer"], versions);
  return all as { links: MeetingLinks; tokens: MeetingLinks };
}

/** PUBLIC_URL when configured, otherwise the address the request came to. */
export function baseUrlOf(request: Request, publicUrl: string | undefined): string {
  return publicUrl ?? `${request.protocol}://${request.get("host") ?? "localhost"}`;
}
