import { useEffect } from "react";
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
}

/** The report editor. It never sets content: the server seeded the document once. */
export function MinutesEditor({ doc, provider, user, editable }: MinutesEditorProps) {
  const editor = useEditor(
    {
      extensions: buildEditorExtensions(doc, provider, user),
      editable,
      editorProps: { attributes: { class: "report", "aria-label": "Summary report", spellcheck: "true" } },
    },
    [doc, provider],
  );
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
