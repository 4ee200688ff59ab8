import { z } from "zod";

/** A notice the server sends to clients that subscribed to status messages. */
export const CollabNoticeSchema = z.object({
  /** `status`: the review status changed (submitted, changes requested); clients re-read the meeting. */
  kind: z.enum(["read-only", "locked", "unlocked", "update-rejected", "status"]),
  message: z.string(),
});
export type CollabNotice = z.infer<typeof CollabNoticeSchema>;
