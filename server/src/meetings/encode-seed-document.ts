import * as Y from "yjs";
import { prosemirrorJSONToYXmlFragment } from "@tiptap/y-tiptap";
import { getMinutesSchema, participantToYMap, YDOC, type JsonNode, type LiveParticipant } from "@rapporteur/shared";

/**
 * The whole initial state of a meeting's Y.Doc as one update. It is stored with the meeting in
 * one transaction; nothing else ever seeds, so the template cannot appear twice.
 */
export function encodeSeedDocument(body: JsonNode, participants: readonly LiveParticipant[]): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    prosemirrorJSONToYXmlFragment(getMinutesSchema(), body, doc.getXmlFragment(YDOC.body));
    doc.getArray<Y.Map<unknown>>(YDOC.participants).push(participants.map(participantToYMap));
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
