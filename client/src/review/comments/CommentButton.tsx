import { useState } from "react";
import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { useFocusOnMount } from "../../components/use-focus-on-mount";
import { commentsPluginKey } from "./comments-plugin-key";
import "./comments.css";

/** The toolbar's "Comment" button, and the small form it opens under itself. */
export function CommentButton({ editor }: { editor: Editor }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const draft = commentsPluginKey.getState(current.state)?.draft ?? null;
      return {
        canStart: current.isEditable && !current.state.selection.empty,
        quote: draft ? current.state.doc.textBetween(draft.from, draft.to, " ", " ") : null,
      };
    },
  });
  return (
    <div className="comment-tool">
      <button
        type="button"
        aria-label="Comment on the selected text"
        title="Comment on the selected text (Ctrl+Alt+M)"
        disabled={!state?.canStart}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => editor.commands.startComment()}
      >
        Comment
      </button>
      {state?.quote !== null && state?.quote !== undefined && <CommentForm editor={editor} quote={state.quote} />}
    </div>
  );
}

function CommentForm({ editor, quote }: { editor: Editor; quote: string }) {
  const [text, setText] = useState("");
  const textarea = useFocusOnMount<HTMLTextAreaElement>();
  const close = () => editor.chain().cancelComment().focus().run();
  const save = () => {
    if (editor.commands.saveComment(text)) editor.commands.focus();
  };
  return (
    <form
      className="comment-form"
      aria-label="New comment"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") close();
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) save();
      }}
    >
      <blockquote className="comment-quote">{quote}</blockquote>
      <textarea aria-label="Comment" rows={3} ref={textarea} value={text} placeholder="What should change here?" onChange={(event) => setText(event.target.value)} />
      <div className="comment-form-actions">
        <button type="button" onClick={close}>Cancel</button>
        <button type="submit" className="primary" disabled={!text.trim()}>Save comment</button>
      </div>
    </form>
  );
}
