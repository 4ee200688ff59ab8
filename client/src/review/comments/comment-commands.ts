import type { CommandProps, RawCommands } from "@tiptap/core";
import type { WebsocketProvider } from "y-websocket";
import type { EditorFeatureContext } from "../../editor/feature-extensions";
import { loadUserName } from "../../user/user-identity";
import { addComment } from "./edit-comments";
import { commentsPluginKey, type CommentsMeta } from "./comments-plugin-key";
import { anchorCommentRange } from "./resolve-comment-range";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    comments: {
      /** Opens the comment form on the selected text (only for someone who may edit). */
      startComment: () => ReturnType;
      cancelComment: () => ReturnType;
      /** Saves the open draft as a comment by the current user. */
      saveComment: (text: string) => ReturnType;
      setActiveComment: (id: string | null) => ReturnType;
    };
  }
}

const withMeta = (meta: CommentsMeta) => ({ tr, dispatch }: CommandProps) => {
  if (dispatch) tr.setMeta(commentsPluginKey, meta);
  return true;
};

/** The name people know this user by: the one shown beside their caret (it can change). */
function currentUserName(provider: WebsocketProvider): string {
  const name: unknown = provider.awareness.getLocalState()?.user?.name;
  return (typeof name === "string" && name.trim()) || loadUserName() || "Anonymous";
}

export function commentCommands({ doc, provider }: EditorFeatureContext): Partial<RawCommands> {
  return {
    startComment: () => (props) => {
      const { from, to, empty } = props.state.selection;
      if (empty || !props.editor.isEditable) return false;
      return withMeta({ draft: { from, to } })(props);
    },
    cancelComment: () => withMeta({ draft: null }),
    setActiveComment: (id) => withMeta({ activeId: id }),
    saveComment: (text) => (props) => {
      const draft = commentsPluginKey.getState(props.state)?.draft;
      const anchors = draft && anchorCommentRange(props.state, draft.from, draft.to);
      if (!draft || !anchors || !text.trim() || !props.editor.isEditable) return false;
      if (props.dispatch) {
        addComment(doc, {
          id: crypto.randomUUID(),
          ...anchors,
          quote: props.state.doc.textBetween(draft.from, draft.to, " ", " "),
          text: text.trim(),
          author: currentUserName(provider),
          createdAt: new Date().toISOString(),
          resolved: false,
          replies: [],
        });
        props.tr.setMeta(commentsPluginKey, { draft: null } satisfies CommentsMeta);
      }
      return true;
    },
  };
}
