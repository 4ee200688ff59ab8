const key = (meetingId: string) => `rapporteur.pending.${meetingId}`;

/**
 * How many changes this browser made that the server has not confirmed storing. Kept in
 * localStorage beside the IndexedDB copy, so a reload while offline still knows the number.
 */
export function loadPendingChanges(meetingId: string): number {
  const value = Number(localStorage.getItem(key(meetingId)) ?? "0");
  return Number.isFinite(value) && value > 0 ? value : 0;
}

export function savePendingChanges(meetingId: string, count: number): void {
  if (count > 0) localStorage.setItem(key(meetingId), String(count));
  else localStorage.removeItem(key(meetingId));
}

/** A burst of typing is one change, not one per keystroke. */
export const CHANGE_BURST_MS = 2000;
