import type { Room } from "./room.js";

/**
 * Re-indexes a meeting's text for search after its log was compacted, at most once per
 * `intervalMs` per meeting: converting the whole document runs on the event loop, and a busy
 * meeting compacts often. A change inside the interval is indexed once when it ends; an
 * unloading room is indexed at once. Search lags the live text by at most the interval.
 */
export class SearchReindexer {
  private readonly due = new Map<string, NodeJS.Timeout>();
  private readonly lastRunAt = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly index: (room: Room) => Promise<void>,
  ) {}

  /** The room's stored text changed. */
  changed(room: Room): void {
    if (this.due.has(room.meetingId)) return;
    const wait = (this.lastRunAt.get(room.meetingId) ?? Number.NEGATIVE_INFINITY) + this.intervalMs - Date.now();
    if (wait <= 0) {
      this.run(room);
      return;
    }
    this.due.set(room.meetingId, setTimeout(() => this.run(room), wait).unref());
  }

  /** The room unloads, its log compacted: its text is indexed now, while its document is still there. */
  flush(room: Room): void {
    this.run(room);
    this.lastRunAt.delete(room.meetingId);
  }

  /** The room was dropped without being unloaded (broken): its document is not the stored one. */
  forget(meetingId: string): void {
    clearTimeout(this.due.get(meetingId));
    this.due.delete(meetingId);
    this.lastRunAt.delete(meetingId);
  }

  private run(room: Room): void {
    clearTimeout(this.due.get(room.meetingId));
    this.due.delete(room.meetingId);
    this.lastRunAt.set(room.meetingId, Date.now());
    void this.index(room);
  }
}
