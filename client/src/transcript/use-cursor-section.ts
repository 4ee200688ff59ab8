import { useEffect, useState } from "react";
import type { Editor } from "@tiptap/core";
import { findSectionAt } from "../live/presence/find-section-at";

/** The agenda item whose section holds the editor's cursor (null outside every item), followed live. */
export function useCursorSection(editor: Editor | null): string | null {
  const [section, setSection] = useState<string | null>(null);
  useEffect(() => {
    if (!editor) return;
    const update = () => {
      if (!editor.isDestroyed) setSection(findSectionAt(editor.state.doc, editor.state.selection.head));
    };
    update();
    editor.on("selectionUpdate", update);
    editor.on("update", update);
    return () => {
      editor.off("selectionUpdate", update);
      editor.off("update", update);
    };
  }, [editor]);
  return section;
}
