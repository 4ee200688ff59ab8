import * as Y from "yjs";
import { CommentSchema, YDOC, type Comment } from "@rapporteur/shared";

type CommentReply = Comment["replies"][number];

const commentsOf = (doc: Y.Doc) => doc.getMap<unknown>(YDOC.comments);

/**
 * Stores a new comment as a nested Y.Map with its replies in a Y.Array, so that two people
 * replying or resolving at the same moment both keep their change.
 */
export function addComment(doc: Y.Doc, comment: Comment): void {
  const entry = new Y.Map<unknown>();
  doc.transact(() => {
    commentsOf(doc).set(comment.id, entry);
    for (const [key, value] of Object.entries(comment)) {
      entry.set(key, key === "replies" ? Y.Array.from(comment.replies) : value);
    }
  });
}

/** Applies a change to one comment, whichever form another client stored it in. */
function updateComment(doc: Y.Doc, id: string, change: (entry: Y.Map<unknown>) => void): void {
  const comments = commentsOf(doc);
  const stored = comments.get(id);
  if (stored instanceof Y.Map) {
    doc.transact(() => change(stored));
    return;
  }
  // A plain JSON comment is turned into the nested form, which merges concurrent changes.
  const parsed = CommentSchema.safeParse(stored);
  if (!parsed.success) return;
  doc.transact(() => {
    addComment(doc, parsed.data);
    change(comments.get(id) as Y.Map<unknown>);
  });
}

export function addReply(doc: Y.Doc, id: string, reply: CommentReply): void {
  updateComment(doc, id, (entry) => {
    const replies = entry.get("replies");
    if (replies instanceof Y.Array) replies.push([reply]);
    else {
      const previous = CommentSchema.shape.replies.safeParse(replies);
      entry.set("replies", Y.Array.from([...(previous.success ? previous.data : []), reply]));
    }
  });
}

export function setCommentResolved(doc: Y.Doc, id: string, resolved: boolean): void {
  updateComment(doc, id, (entry) => entry.set("resolved", resolved));
}
