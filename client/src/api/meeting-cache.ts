import { z } from "zod";
import { MeetingSchema, RoleSchema } from "@rapporteur/shared";

const CachedSchema = z.object({ meeting: MeetingSchema, role: RoleSchema.optional() });
type Cached = z.infer<typeof CachedSchema>;
const key = (meetingId: string) => `rapporteur.meeting.${meetingId}`;

/** The last meeting details the server sent, so a page reloaded offline still has its title block. */
export function rememberMeetingDetails(meetingId: string, details: Cached): void {
  localStorage.setItem(key(meetingId), JSON.stringify(details));
}

export function readRememberedMeetingDetails(meetingId: string): Cached | undefined {
  try {
    const parsed = CachedSchema.safeParse(JSON.parse(localStorage.getItem(key(meetingId)) ?? "null"));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
