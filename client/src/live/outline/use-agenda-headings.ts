import { useEffect, useState } from "react";
import type { Editor } from "@tiptap/core";
import { listAgendaHeadings, type AgendaHeading } from "./list-agenda-headings";

/**
 * The agenda headings of the live report. Read from the editor's document (a walk over the
 * top-level blocks, no serialisation) after each change, and handed to React only when a
 * heading changed, so typing in a paragraph re-renders nothing.
 */
export function useAgendaHeadings(editor: Editor | null): AgendaHeading[] {
  const [headings, setHeadings] = useState<AgendaHeading[]>([]);
  useEffect(() => {
    if (!editor) return;
    let last = "";
    const read = () => {
      if (editor.isDestroyed) return;
      const next = listAgendaHeadings(editor.state.doc);
      const key = JSON.stringify(next);
      if (key === last) return;
      last = key;
      setHeadings(next);
    };
    const onTransaction = ({ transaction }: { transaction: { docChanged: boolean } }) => transaction.docChanged && read();
    read();
    editor.on("transaction", onTransaction);
    return () => {
      editor.off("transaction", onTransaction);
    };
  }, [editor]);
  return headings;
}
