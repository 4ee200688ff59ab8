import * as Y from "yjs";
import { LiveParticipantSchema, type LiveParticipant } from "./summary-export.js";

/** Participants live in the Y.Doc as Y.Maps so attendance ticks from two people merge. */
export function participantToYMap(participant: LiveParticipant): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(participant)) {
    if (value !== undefined) map.set(key, value);
  }
  return map;
}

/** Reads the live participant list; entries that are not participants are skipped. */
export function readLiveParticipants(list: Y.Array<unknown>): LiveParticipant[] {
  const participants: LiveParticipant[] = [];
  for (const entry of list) {
    if (!(entry instanceof Y.Map)) continue;
    const parsed = LiveParticipantSchema.safeParse(entry.toJSON());
    if (parsed.success) participants.push(parsed.data);
  }
  return participants;
}
