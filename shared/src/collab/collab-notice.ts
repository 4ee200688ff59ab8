import { z } from "zod";

/** A notice the server sends to clients that subscribed to status messages. */
export const CollabNoticeSchema = z.object({
  kind: z.enum(["read-only", "locked", "unlocked", "update-rejected"]),
  message: z.string(),
});
export type CollabNotice = z.infer<typeof CollabNoticeSchema>;
