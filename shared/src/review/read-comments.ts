import * as Y from "yjs";
import { CommentSchema, type Comment } from "./comment.js";

/** The comments of a document, oldest first; entries that are not comments are skipped. */
export function readComments(comments: Y.Map<unknown>): Comment[] {
  const list: Comment[] = [];
  for (const value of comments.values()) {
    const parsed = CommentSchema.safeParse(value instanceof Y.Map ? value.toJSON() : value);
    if (parsed.success) list.push(parsed.data);
  }
  return list.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
