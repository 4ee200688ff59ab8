import { PluginKey } from "@tiptap/pm/state";
import type { DecorationSet } from "@tiptap/pm/view";

/** A range of the editor being commented on, before the comment is saved. */
export interface CommentDraft {
  from: number;
  to: number;
}

export interface CommentsPluginState {
  /** One inline decoration per unresolved comment whose text still exists. */
  ranges: DecorationSet;
  /** The comment chosen in the panel or clicked in the text, shown emphasised. */
  activeId: string | null;
  draft: CommentDraft | null;
}

/** What a transaction can tell the comments plugin. */
export interface CommentsMeta {
  /** Re-read the comments and resolve their anchors again (the comments map changed). */
  refresh?: true;
  activeId?: string | null;
  draft?: CommentDraft | null;
}

export const commentsPluginKey = new PluginKey<CommentsPluginState>("commentHighlights");
