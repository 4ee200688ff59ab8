import type { Editor } from "@tiptap/core";
import type { Comment } from "@rapporteur/shared";
import { revealPosition } from "../../live/actions/scroll-to-block";
import { resolveCommentRange } from "./resolve-comment-range";

/**
 * Selects a comment's text in the editor, emphasises its highlight and brings it into view.
 * Returns false when the text no longer exists.
 */
export function selectComment(editor: Editor, comment: Comment): boolean {
  const range = resolveCommentRange(editor.state, comment);
  if (!range) {
    editor.commands.setActiveComment(comment.id);
    return false;
  }
  editor.chain().focus().setTextSelection(range).setActiveComment(comment.id).run();
  revealPosition(editor, range.from);
  return true;
}
