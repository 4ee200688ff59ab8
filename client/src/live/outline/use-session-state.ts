import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { ItemTimesSchema, YDOC, type ItemTimes } from "@rapporteur/shared";

export interface SessionState {
  /** The agenda item under discussion now, if any. */
  nowDiscussing: string | null;
  itemTimes: ItemTimes;
}

/** The live session map (now discussing, item times), re-read whenever anyone changes it. */
export function useSessionState(doc: Y.Doc): SessionState {
  const [state, setState] = useState<SessionState>(() => readSessionState(doc));
  useEffect(() => {
    const session = doc.getMap(YDOC.session);
    const read = () => setState(readSessionState(doc));
    read();
    session.observe(read);
    return () => session.unobserve(read);
  }, [doc]);
  return state;
}

/** Reads the session map; what does not match the contract counts as absent. */
export function readSessionState(doc: Y.Doc): SessionState {
  const session = doc.getMap(YDOC.session);
  const now = session.get("nowDiscussing");
  const times = ItemTimesSchema.safeParse(session.get("itemTimes") ?? {});
  return { nowDiscussing: typeof now === "string" && now ? now : null, itemTimes: times.success ? times.data : {} };
}
