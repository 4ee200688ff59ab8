import * as Y from "yjs";
import { prosemirrorJSONToYXmlFragment } from "@tiptap/y-tiptap";
import { getMinutesSchema, participantToYMap, SPEAKER_NAME_KEY, YDOC, type JsonNode, type LiveParticipant, type SpeakerName } from "@rapporteur/shared";

/**
 * The whole initial state of a meeting's Y.Doc as one update. It is stored with the meeting in
 * one transaction; nothing else ever seeds, so the template cannot appear twice.
 */
export function encodeSeedDocument(body: JsonNode, participants: readonly LiveParticipant[], speakerName: SpeakerName = "first"): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    prosemirrorJSONToYXmlFragment(getMinutesSchema(), withTrailingParagraph(body), doc.getXmlFragment(YDOC.body));
    doc.getArray<Y.Map<unknown>>(YDOC.participants).push(participants.map(participantToYMap));
    // The editor names speakers as the template says; it reads this, not the template, so a
    // note-taker's link needs no access to the template API.
    doc.getMap(YDOC.session).set(SPEAKER_NAME_KEY, speakerName);
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/**
 * The editor keeps an empty paragraph after a last block of another kind (the participants
 * annex), so the caret can go there. Seeded with it, the first page to open the report adds
 * nothing: an approved report opened before anyone edited it is not "changed" by being read.
 */
function withTrailingParagraph(body: JsonNode): JsonNode {
  const content = body.content ?? [];
  if (content.at(-1)?.type === "paragraph") return body;
  return { ...body, content: [...content, { type: "paragraph" }] };
}
