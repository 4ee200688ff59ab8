import { Extension, InputRule, type AnyExtension } from "@tiptap/core";
import type { EditorState } from "@tiptap/pm/state";
import { readLiveParticipants, readSpeakerName, SPEAKER_NAME_KEY, speakerLabel, YDOC } from "@rapporteur/shared";
import type { EditorFeatureContext } from "../../editor/feature-extensions";
import { newBlockId } from "../../editor/new-block-id";
import { matchSpeaker } from "./match-speaker";

/** "action: " and friends at the start of a paragraph turn it into that minute block. */
const BLOCK_KEYWORDS: Record<string, string> = { action: "actionItem", decision: "decision", note: "internalNote" };

/** A paragraph's opening words and a colon, typed then followed by a space. */
const PREFIX = /^([^:\n\ufffc]{1,80}):\s$/;

/**
 * Scribe shorthand: "Anriette: " at the start of a paragraph becomes a mention of Anriette
 * (named as the template says: "Anriette" by default), "action: " / "decision: " / "note: "
 * turn a paragraph that holds nothing else into that block.
 */
export function shorthandRules({ doc }: EditorFeatureContext): AnyExtension {
  return Extension.create({
    name: "scribeShorthand",
    addInputRules() {
      return [
        new InputRule({
          find: PREFIX,
          handler: ({ state, range, match }) => {
            const $from = state.doc.resolve(range.from);
            if ($from.parent.type.name !== "paragraph" || range.from !== $from.start()) return null;
            const written = match[1] ?? "";
            const blockType = BLOCK_KEYWORDS[written.trim().toLowerCase()];
            // Text after the cursor would silently become a note (never exported) or an action.
            if (blockType) return range.to === $from.end() ? turnIntoBlock(state, range, blockType) : null;
            const speaker = matchSpeaker(readLiveParticipants(doc.getArray(YDOC.participants)), written);
            if (!speaker) return null;
            const label = speakerLabel(speaker.name, readSpeakerName(doc.getMap(YDOC.session).get(SPEAKER_NAME_KEY)));
            const mention = state.schema.nodes.mention!.create({ id: speaker.id, label });
            state.tr.replaceWith(range.from, range.to, [mention, state.schema.text(" ")]);
          },
        }),
      ];
    },
  });
}

/** Only a top-level paragraph becomes a block: a list item must keep its paragraph. */
function turnIntoBlock(state: EditorState, range: { from: number; to: number }, blockType: string): null | void {
  const $from = state.doc.resolve(range.from);
  if ($from.depth !== 1) return null;
  state.tr.delete(range.from, range.to).setBlockType(range.from, range.from, state.schema.nodes[blockType]!, { id: newBlockId() });
}
