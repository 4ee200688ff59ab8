import type { AnyExtension } from "@tiptap/core";
import { readLiveParticipants, SpeakerMention, YDOC } from "@rapporteur/shared";
import type { EditorFeatureContext } from "../../editor/feature-extensions";
import { findParticipants } from "./find-participants";
import { mentionMenuMiddleware } from "./mention-menu-placement";
import { renderMentionMenu } from "./render-mention-menu";

/**
 * The shared mention node with the "@" menu. Items are read from the live participant list at
 * every keystroke, so a late joiner added by anyone is offered at once.
 */
export function speakerMentionWithMenu({ doc }: EditorFeatureContext): AnyExtension {
  return SpeakerMention.configure({
    suggestion: {
      char: "@",
      items: ({ query }) => findParticipants(readLiveParticipants(doc.getArray(YDOC.participants)), query),
      render: renderMentionMenu,
      // Its own flip, aware of the tab bar over the bottom of a phone's screen.
      flip: false,
      floatingUi: { middleware: mentionMenuMiddleware() },
    },
  });
}
