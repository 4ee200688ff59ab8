import type { Editor } from "@tiptap/core";
import type * as Y from "yjs";
import type { Comment } from "@rapporteur/shared";
import { formatUtc } from "../format-utc";
import { addReply, setCommentResolved } from "./edit-comments";
import { ReplyForm } from "./ReplyForm";
import { selectComment } from "./select-comment";

interface CommentCardProps {
  comment: Comment;
  doc: Y.Doc;
  editor: Editor | null;
  /** The user may reply and resolve (not a viewer, not locked). */
  editable: boolean;
  active: boolean;
  /** The commented words are no longer in the report (deleted by someone). */
  textGone: boolean;
  userName: string;
}

/** One comment in the Comments panel: what it is about, who said what, and its replies. */
export function CommentCard({ comment, doc, editor, editable, active, textGone, userName }: CommentCardProps) {
  const summary = comment.quote.length > 60 ? `${comment.quote.slice(0, 60)}…` : comment.quote;
  return (
    <li className={["comment-card", active ? "active" : "", comment.resolved ? "resolved" : ""].filter(Boolean).join(" ")} data-comment-id={comment.id}>
      <button type="button" className="comment-goto" aria-label={`Go to the text commented by ${comment.author}: ${summary}`} disabled={!editor || textGone}
        onClick={() => editor && selectComment(editor, comment)}>
        <span className="comment-quote">{comment.quote}</span>
      </button>
      {textGone && <p className="comment-gone">These words are no longer in the report.</p>}
      <p className="comment-meta">
        <strong>{comment.author}</strong> · <time dateTime={comment.createdAt}>{formatUtc(comment.createdAt)}</time>
      </p>
      <p className="comment-text">{comment.text}</p>
      {comment.replies.length > 0 && (
        <ol className="comment-replies" aria-label={`Replies to ${comment.author}`}>
          {comment.replies.map((reply, index) => (
            <li key={index}>
              <p className="comment-meta"><strong>{reply.author}</strong> · <time dateTime={reply.createdAt}>{formatUtc(reply.createdAt)}</time></p>
              <p className="comment-text">{reply.text}</p>
            </li>
          ))}
        </ol>
      )}
      {editable && (
        <div className="comment-actions">
          {!comment.resolved && (
            <ReplyForm label={`Reply to ${comment.author}`} onReply={(text) => addReply(doc, comment.id, { author: userName, text, createdAt: new Date().toISOString() })} />
          )}
          <button type="button" onClick={() => setCommentResolved(doc, comment.id, !comment.resolved)}
            aria-label={`${comment.resolved ? "Reopen" : "Resolve"} the comment by ${comment.author}: ${summary}`}>
            {comment.resolved ? "Reopen" : "Resolve"}
          </button>
        </div>
      )}
    </li>
  );
}
