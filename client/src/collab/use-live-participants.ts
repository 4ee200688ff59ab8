import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { readLiveParticipants, YDOC, type LiveParticipant } from "@rapporteur/shared";

/** The live participant list of a meeting, re-rendered whenever anyone changes it. */
export function useLiveParticipants(doc: Y.Doc | undefined): LiveParticipant[] {
  const [participants, setParticipants] = useState<LiveParticipant[]>([]);
  useEffect(() => {
    if (!doc) return;
    const list = doc.getArray(YDOC.participants);
    const update = () => setParticipants(readLiveParticipants(list));
    update();
    list.observeDeep(update);
    return () => list.unobserveDeep(update);
  }, [doc]);
  return participants;
}
