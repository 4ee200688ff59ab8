import type * as Y from "yjs";
import { YDOC } from "@rapporteur/shared";
import { readSessionState } from "./use-session-state";

/**
 * Marks `agendaItemId` as under discussion (null: none), in one transaction so nobody sees the
 * old item ended without the new one started. The previous item gets its end time; an item
 * discussed again keeps its first start time and loses its end time. Times are UTC ISO strings.
 */
export function markNowDiscussing(doc: Y.Doc, agendaItemId: string | null, now = new Date()): void {
  const session = doc.getMap<unknown>(YDOC.session);
  const { nowDiscussing: previous, itemTimes } = readSessionState(session);
  if (previous === agendaItemId) return;
  const at = now.toISOString();
  const times = { ...itemTimes };
  const previousTimes = previous ? times[previous] : undefined;
  if (previous && previousTimes) times[previous] = { ...previousTimes, endedAt: at };
  if (agendaItemId) times[agendaItemId] = { startedAt: times[agendaItemId]?.startedAt ?? at };
  doc.transact(() => {
    if (agendaItemId) session.set("nowDiscussing", agendaItemId);
    else session.delete("nowDiscussing");
    session.set("itemTimes", times);
  });
}
