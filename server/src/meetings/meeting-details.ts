import {
  formatMeetingDate,
  formatMeetingTime,
  placeholderValues,
  type Meeting,
  type Placeholder,
  type UpdateMeetingDetailsRequest,
} from "@rapporteur/shared";
import type { MeetingAccess } from "../access/meeting-access.js";
import type { RoomRegistry } from "../collab/room-registry.js";
import { summaryPlainText } from "../export/summary-plain-text.js";
import { HttpError, notFound } from "../errors.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/store.js";
import { KeyedQueue } from "../collab/keyed-queue.js";
import { rewriteTitleBlock, type TextCorrection } from "./rewrite-title-block.js";
import { withMeetingRoom } from "./with-meeting-room.js";

type DetailKey = keyof UpdateMeetingDetailsRequest;

/**
 * Corrects a meeting's details after creation (a wrong date, a misspelt title): the stored
 * record, the report's title block and opening paragraphs (live, for every open editor), the
 * audit log and the search index.
 */
export class MeetingDetails {
  // One correction of a meeting at a time: each reads the record the previous one stored.
  private readonly corrections = new KeyedQueue();

  constructor(
    private readonly store: Store,
    private readonly rooms: RoomRegistry,
    private readonly logger: Logger,
  ) {}

  correct(meetingId: string, changes: UpdateMeetingDetailsRequest, access: MeetingAccess): Promise<Meeting> {
    return this.corrections.run(meetingId, () => this.apply(meetingId, changes, access));
  }

  private async apply(meetingId: string, changes: UpdateMeetingDetailsRequest, access: MeetingAccess): Promise<Meeting> {
    const { store, rooms, logger } = this;
    if (!(await store.getMeeting(meetingId))) throw notFound("meeting");
    return withMeetingRoom(rooms, meetingId, async (room) => {
      // Read inside the write gate, so a correction never starts from a record another instance replaced.
      const meeting = await store.getMeeting(meetingId);
      if (!meeting) throw notFound("meeting");
      // The room's gate closes before an approval commits, so a locked room is approved or about to be.
      if (meeting.status === "approved" || room.locked) {
        throw new HttpError(409, "document_locked", "an approved summary cannot be changed; reopen it first");
      }
      const next = applyChanges(meeting, changes);
      await store.updateMeeting(next);
      rewriteTitleBlock(room.doc, placeholderCorrections(meeting, next));
      await room.whenStored();
      const at = new Date().toISOString();
      await store.review.recordReview({
        meetingId,
        audit: { at, actor: access.actor, role: access.role, action: "edit_details", detail: describeChanges(meeting, next) },
      });
      try {
        await store.indexSummaryText(meetingId, summaryPlainText(room.doc));
      } catch (error) {
        logger.warn("index_failed", { meetingId, error: String(error) });
      }
      // Every open page re-reads the meeting on a status notice, so its header shows the correction too.
      room.announceStatus(`${access.actor} corrected the meeting details.`);
      return next;
    });
  }
}

function applyChanges(meeting: Meeting, changes: UpdateMeetingDetailsRequest): Meeting {
  const next: Meeting = { ...meeting };
  if (changes.series !== undefined) next.series = changes.series;
  if (changes.title !== undefined) next.title = changes.title;
  if (changes.number !== undefined) next.number = changes.number;
  if (changes.startsAt !== undefined) next.startsAt = changes.startsAt;
  if (changes.hosts !== undefined) next.hosts = changes.hosts;
  if (changes.moderators !== undefined) next.moderators = changes.moderators;
  return next;
}

/** What each placeholder said in the first draft, and what it says now; only the changed ones. */
function placeholderCorrections(before: Meeting, after: Meeting): TextCorrection[] {
  const old = placeholderValues(before);
  const now = placeholderValues(after);
  return (Object.keys(old) as Placeholder[])
    .filter((key) => old[key] !== now[key] && old[key] !== "")
    .map((key) => ({ from: old[key], to: now[key] }));
}

const LABELS: Record<DetailKey, string> = {
  series: "series",
  title: "title",
  number: "number",
  startsAt: "date",
  hosts: "hosts",
  moderators: "moderators",
};

/** "date: 16 February 2023, 14:00 UTC → 2 March 2023, 10:00 UTC; title: …" for the audit log. */
function describeChanges(before: Meeting, after: Meeting): string {
  const show = (meeting: Meeting, key: DetailKey): string => {
    if (key === "startsAt") return `${formatMeetingDate(meeting.startsAt)}, ${formatMeetingTime(meeting.startsAt)} UTC`;
    const value = meeting[key];
    if (Array.isArray(value)) return value.join(", ") || "nobody";
    return value === undefined ? "none" : String(value);
  };
  return (Object.keys(LABELS) as DetailKey[])
    .filter((key) => show(before, key) !== show(after, key))
    .map((key) => `${LABELS[key]}: ${show(before, key)} → ${show(after, key)}`)
    .join("; ");
}
