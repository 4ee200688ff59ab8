import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import type * as Y from "yjs";
import type { Comment } from "@rapporteur/shared";
import { CommentCard } from "./CommentCard";
import { commentsPluginKey } from "./comments-plugin-key";
import { useComments } from "./use-comments";
import "./comments.css";

interface CommentsPanelProps {
  doc: Y.Doc;
  editor: Editor | null;
  /** Replies and resolving are offered only to someone who may change the document. */
  editable: boolean;
  userName: string;
}

/** Which comments have their text highlighted in the editor now, and which one is emphasised. */
function readHighlights(editor: Editor | null): { activeId: string | null; highlighted: string[] } {
  const plugin = editor ? commentsPluginKey.getState(editor.state) : undefined;
  return { activeId: plugin?.activeId ?? null, highlighted: plugin?.ranges.find().map((range) => String(range.spec.commentId)) ?? [] };
}

/** The meeting's comments, live: open ones first, resolved ones folded away below. */
export function CommentsPanel({ doc, editor, editable, userName }: CommentsPanelProps) {
  const comments = useComments(doc);
  const highlights = useEditorState({ editor, selector: ({ editor: current }) => readHighlights(current) });
  const activeId = highlights?.activeId ?? null;
  const open = comments.filter((comment) => !comment.resolved);
  const resolved = comments.filter((comment) => comment.resolved);
  const renderList = (list: Comment[], label: string) => (
    <ul className="comments-list" aria-label={label}>
      {list.map((comment) => (
        <CommentCard key={comment.id} comment={comment} doc={doc} editor={editor} editable={editable} active={comment.id === activeId && !comment.resolved}
          textGone={Boolean(editor) && !comment.resolved && !highlights?.highlighted.includes(comment.id)} userName={userName} />
      ))}
    </ul>
  );
  return (
    <section className="panel" aria-labelledby="comments-title">
      <h2 id="comments-title">Comments <span className="count">{open.length} open</span></h2>
      {open.length === 0 && (
        <p className="muted">
          No open comments.{editable && " Select text in the report and press “Comment” (Ctrl+Alt+M)."}
        </p>
      )}
      {open.length > 0 && renderList(open, "Open comments")}
      {resolved.length > 0 && (
        <details className="resolved-comments">
          <summary>Resolved ({resolved.length})</summary>
          {renderList(resolved, "Resolved comments")}
        </details>
      )}
    </section>
  );
}
