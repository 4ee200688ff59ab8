import { z } from "zod";

/** A notice the server sends to clients that subscribed to status messages. */
export const CollabNoticeSchema = z.object({
  /**
   * `status`: the review status changed (submitted, changes requested); clients re-read the meeting.
   * `transcript`: the meeting's transcript changed (upload, settings, live captions); transcript panels re-read it.
   */
  kind: z.enum(["read-only", "locked", "unlocked", "update-rejected", "status", "transcript"]),
  message: z.string(),
});
export type CollabNotice = z.infer<typeof CollabNoticeSchema>;

/** The "locked" notice sent for a change that was refused because the summary is approved (not for the lock itself). */
export const LOCKED_CHANGE_REFUSED = "This summary was approved; your change was not applied. Your text stays on your device.";
