import type * as Y from "yjs";
import { ItemTimesSchema, YDOC, type ItemTimes } from "@rapporteur/shared";
import { useObservedY } from "../../collab/use-observed-y";

export interface SessionState {
  /** The agenda item under discussion now, if any. */
  nowDiscussing: string | null;
  itemTimes: ItemTimes;
}

/** The live session map (now discussing, item times), re-read whenever anyone changes it. */
export function useSessionState(doc: Y.Doc): SessionState {
  return useObservedY(doc.getMap<unknown>(YDOC.session), readSessionState);
}

/** Reads the session map; what does not match the contract counts as absent. */
export function readSessionState(session: Y.Map<unknown>): SessionState {
  const now = session.get("nowDiscussing");
  const times = ItemTimesSchema.safeParse(session.get("itemTimes") ?? {});
  return { nowDiscussing: typeof now === "string" && now ? now : null, itemTimes: times.success ? times.data : {} };
}
