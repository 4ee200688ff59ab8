import type { AnyExtension } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { minutesExtensions, YDOC } from "@rapporteur/shared";
import { FEATURE_EXTENSIONS, NODE_OVERRIDES } from "./feature-extensions";

/**
 * The shared schema plus what only a browser has: node views, the Yjs binding and carets.
 * Node names and attributes all come from `minutesExtensions`; nothing here changes the schema.
 */
export function buildEditorExtensions(doc: Y.Doc, provider: WebsocketProvider, user: { name: string; color: string }): AnyExtension[] {
  const context = { doc, provider, user };
  return [
    ...minutesExtensions.map((extension) => NODE_OVERRIDES[extension.name]?.(context) ?? extension),
    ...FEATURE_EXTENSIONS.map((create) => create(context)),
    Collaboration.configure({ document: doc, field: YDOC.body }),
    CollaborationCaret.configure({ provider, user }),
  ];
}
