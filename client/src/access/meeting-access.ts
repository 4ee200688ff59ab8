import { z } from "zod";
import { MeetingLinksSchema, RoleSchema, type MeetingLinks, type Role } from "@rapporteur/shared";

const STORAGE_KEY = "rapporteur.access";

const AccessSchema = z.record(
  z.string(),
  z.object({
    token: z.string(),
    role: RoleSchema,
    title: z.string().optional(),
    links: MeetingLinksSchema.optional(),
    /** The server refused this token (replaced, expired): any link opened next replaces it. */
    refused: z.boolean().optional(),
  }),
);
export type MeetingAccessEntry = z.infer<typeof AccessSchema>[string];

function readAll(): Record<string, MeetingAccessEntry> {
  try {
    return AccessSchema.parse(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "{}"));
  } catch {
    return {};
  }
}

/** The invitation links this browser holds, by meeting id. */
export function listHeldMeetings(): Record<string, MeetingAccessEntry> {
  return readAll();
}

export function getMeetingAccess(meetingId: string): MeetingAccessEntry | undefined {
  return readAll()[meetingId];
}

export function rememberMeetingAccess(meetingId: string, entry: MeetingAccessEntry): void {
  const all = readAll();
  const previous = all[meetingId];
  // A link with a bigger role (the chair's) is never replaced by a smaller one opened later,
  // unless the server refused it.
  if (previous && !previous.refused && rank(previous.role) > rank(entry.role)) return;
  all[meetingId] = { ...previous, ...entry, refused: false };
  localStorage.setItem(STORAGE_KEY, JSON.stringify(all));
}

/** After creating a meeting: keep the chair's token and all three links (the Share dialog reads the current ones from the server). */
export function rememberCreatedMeeting(meetingId: string, title: string, tokens: MeetingLinks, links: MeetingLinks): void {
  rememberMeetingAccess(meetingId, { token: tokens.chair, role: "chair", title, links });
}

/** After "Schedule next…": keep the one token the server gave, of the caller's own role. */
export function rememberScheduledMeeting(meetingId: string, title: string, tokens: Partial<MeetingLinks>): boolean {
  const role = RoleSchema.options.slice().reverse().find((each) => tokens[each]);
  if (!role) return false;
  rememberMeetingAccess(meetingId, { token: tokens[role]!, role, title });
  return true;
}

/**
 * The held link stopped working (the chair replaced it): the next link opened here is kept,
 * whatever its role. The token itself stays, so the page keeps hearing why it was refused.
 */
export function markMeetingAccessRefused(meetingId: string): void {
  const all = readAll();
  const entry = all[meetingId];
  if (!entry || entry.refused) return;
  all[meetingId] = { ...entry, refused: true };
  localStorage.setItem(STORAGE_KEY, JSON.stringify(all));
}

/**
 * An invitation link carries its token in `?token=`: keep it for this meeting and take it out
 * of the address bar, so it is not shared by accident in a screenshot.
 */
export function captureTokenFromUrl(meetingId: string, roleOf: (token: string) => Role | undefined): void {
  const url = new URL(window.location.href);
  const token = url.searchParams.get("token");
  if (!token) return;
  const role = roleOf(token);
  if (role) rememberMeetingAccess(meetingId, { token, role });
  url.searchParams.delete("token");
  window.history.replaceState(null, "", url.pathname + url.search + url.hash);
}

const rank = (role: Role) => RoleSchema.options.indexOf(role);
