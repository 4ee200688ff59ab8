import type { AnyExtension } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { ReactNodeViewRenderer } from "@tiptap/react";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { minutesExtensions, ParticipantsAnnex, YDOC } from "@rapporteur/shared";
import { ParticipantsAnnexView } from "./ParticipantsAnnexView";

const ParticipantsAnnexWithView = ParticipantsAnnex.extend({
  addNodeView: () => ReactNodeViewRenderer(ParticipantsAnnexView),
});

/**
 * The shared schema plus what only a browser has: node views, the Yjs binding and carets.
 * Node names and attributes all come from `minutesExtensions`; nothing here changes the schema.
 */
export function buildEditorExtensions(doc: Y.Doc, provider: WebsocketProvider, user: { name: string; color: string }): AnyExtension[] {
  return [
    ...minutesExtensions.map((extension) => (extension.name === ParticipantsAnnex.name ? ParticipantsAnnexWithView : extension)),
    Collaboration.configure({ document: doc, field: YDOC.body }),
    CollaborationCaret.configure({ provider, user }),
  ];
}
