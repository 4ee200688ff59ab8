import { useEffect } from "react";
import type { Editor } from "@tiptap/core";
import type { Awareness } from "y-protocols/awareness";
import { PRESENCE_FIELD, type PresenceFields, type Role } from "@rapporteur/shared";
import { findSectionAt } from "./find-section-at";

/**
 * Tells the others this person's role and the agenda section their cursor is in. Every
 * transaction (local or remote: a heading typed above moves the section too) recomputes the
 * section, but awareness only goes out when it changed, not on every keystroke. Until the
 * person has been in the text once, the cursor is wherever the first sync left it, so no
 * section is claimed (a viewer, who cannot focus the text, never claims one).
 */
export function usePublishPresence(awareness: Awareness, editor: Editor | null, role: Role): void {
  useEffect(() => {
    let published: string | null | undefined;
    let engaged = editor?.isFocused ?? false;
    const publish = () => {
      const agendaItemId = editor && engaged && !editor.isDestroyed ? findSectionAt(editor.state.doc, editor.state.selection.head) : null;
      if (agendaItemId === published) return;
      published = agendaItemId;
      const fields: PresenceFields = { role, agendaItemId };
      awareness.setLocalStateField(PRESENCE_FIELD, fields);
    };
    const engage = () => {
      engaged = true;
      publish();
    };
    publish();
    editor?.on("transaction", publish);
    editor?.on("focus", engage);
    return () => {
      editor?.off("transaction", publish);
      editor?.off("focus", engage);
    };
  }, [awareness, editor, role]);
}
