import type { AnyExtension } from "@tiptap/core";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { ParticipantsAnnex } from "@rapporteur/shared";
import { ParticipantsAnnexWithView } from "./participants-annex-with-view";
import { ActionItemWithView } from "../live/actions/action-item-with-view";
import { speakerMentionWithMenu } from "../live/mentions/speaker-mention-with-menu";
import { minuteShortcuts } from "../live/shorthand/minute-shortcuts";
import { shorthandRules } from "../live/shorthand/shorthand-rules";
import { followBrowserConnectivity } from "../live/offline/follow-browser-connectivity";
import { commentHighlights } from "../review/comments/comment-highlights";

export interface EditorFeatureContext {
  doc: Y.Doc;
  provider: WebsocketProvider;
  user: { name: string; color: string };
}

/**
 * Browser-only versions of shared nodes (node views, suggestion menus), by node name. They
 * must keep the shared node's name, attributes and content: the schema is the shared one.
 */
export const NODE_OVERRIDES: Record<string, (context: EditorFeatureContext) => AnyExtension> = {
  [ParticipantsAnnex.name]: () => ParticipantsAnnexWithView,
  mention: speakerMentionWithMenu,
  actionItem: () => ActionItemWithView,
};

/** Editor behaviour that adds no node or mark: input rules, shortcuts, decorations. */
export const FEATURE_EXTENSIONS: Array<(context: EditorFeatureContext) => AnyExtension> = [
  shorthandRules,
  minuteShortcuts,
  followBrowserConnectivity,
  commentHighlights,
];
