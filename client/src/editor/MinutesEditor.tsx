import { useEffect } from "react";
import type { Editor } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { buildEditorExtensions } from "./editor-extensions";
import { EditorToolbar } from "./EditorToolbar";

interface MinutesEditorProps {
  doc: Y.Doc;
  provider: WebsocketProvider;
  user: { name: string; color: string };
  editable: boolean;
  /** Hands the editor to the page, for panels that jump to or act on the text. */
  onEditor?: (editor: Editor | null) => void;
}

/** The report editor. It never sets content: the server seeded the document once. */
export function MinutesEditor({ doc, provider, user, editable, onEditor }: MinutesEditorProps) {
  const editor = useEditor(
    {
      extensions: buildEditorExtensions(doc, provider, user),
      editable,
      // Created in useEditor's effect, not during the first render: Tiptap destroys a first-render editor
      // whose effect has not run 1 ms later, and Preact runs effects after the next frame (UI-BUDGET).
      immediatelyRender: false,
      editorProps: { attributes: { class: "report", "aria-label": "Summary report", spellcheck: "true" } },
    },
    [doc, provider],
  );
  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);
  useEffect(() => {
    editor?.setEditable(editable);
  }, [editor, editable]);
  useEffect(() => {
    editor?.commands.updateUser(user);
  }, [editor, user.name, user.color]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!editor) return null;
  return (
    <div className="editor-frame">
      {editable && <EditorToolbar editor={editor} />}
      <EditorContent editor={editor} className="page" />
    </div>
  );
}
