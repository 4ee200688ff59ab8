import { z } from "zod";

export const CommentReplySchema = z.object({
  author: z.string(),
  text: z.string(),
  createdAt: z.string(),
});

/**
 * A comment on a range of text. `anchor` and `head` are Yjs relative positions (base64 of
 * Y.encodeRelativePosition) so the range follows the text as people keep editing.
 */
export const CommentSchema = z.object({
  id: z.string(),
  anchor: z.string(),
  head: z.string(),
  quote: z.string(),
  text: z.string(),
  author: z.string(),
  createdAt: z.string(),
  resolved: z.boolean().default(false),
  replies: z.array(CommentReplySchema).default([]),
});
export type Comment = z.infer<typeof CommentSchema>;
