import type * as Y from "yjs";
import { readLiveParticipants, YDOC, type LiveParticipant } from "@rapporteur/shared";
import { useObservedY } from "./use-observed-y";

const NONE: LiveParticipant[] = [];

/** The live participant list of a meeting, re-rendered whenever anyone changes it. */
export function useLiveParticipants(doc: Y.Doc | undefined): LiveParticipant[] {
  return useObservedY(doc?.getArray(YDOC.participants), readLiveParticipants) ?? NONE;
}
