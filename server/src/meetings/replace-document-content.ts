import * as Y from "yjs";
import { prosemirrorJSONToYXmlFragment } from "@tiptap/y-tiptap";
import { getMinutesSchema, participantToYMap, readLiveParticipants, YDOC } from "@rapporteur/shared";
import { readBody } from "../export/read-summary-export.js";

/**
 * Makes `target` say what `source` says, as one ordinary Yjs change: connected editors see
 * it like any other edit, and the history before it stays intact.
 */
export function replaceDocumentContent(target: Y.Doc, source: Y.Doc): void {
  const body = readBody(source);
  const participants = readLiveParticipants(source.getArray(YDOC.participants));
  target.transact(() => {
    const fragment = target.getXmlFragment(YDOC.body);
    fragment.delete(0, fragment.length);
    prosemirrorJSONToYXmlFragment(getMinutesSchema(), body, fragment);
    const list = target.getArray<Y.Map<unknown>>(YDOC.participants);
    list.delete(0, list.length);
    list.push(participants.map(participantToYMap));
  }, "restore");
}
