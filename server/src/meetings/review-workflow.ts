import * as Y from "yjs";
import { TRANSITIONS, type Meeting, type ReviewAction, type VersionInfo } from "@rapporteur/shared";
import type { MeetingAccess } from "../access/meeting-access.js";
import type { Room } from "../collab/room.js";
import type { RoomRegistry } from "../collab/room-registry.js";
import { HttpError, notFound } from "../errors.js";
import type { Logger } from "../logger.js";
import type { NewVersion } from "../store/review-store.js";
import type { Store } from "../store/store.js";
import { contentHash } from "./content-hash.js";
import { replaceDocumentContent } from "./replace-document-content.js";
import { withMeetingRoom } from "./with-meeting-room.js";

type Transition = keyof typeof TRANSITIONS;

const VERSION_NAMES: Record<Transition, string> = {
  submit: "Submitted for review",
  approve: "Approved",
  request_changes: "Changes requested",
  reopen: "Reopened",
};

/** Drafting → In review → Approved / Changes requested, with a version kept at every step. */
export class ReviewWorkflow {
  constructor(
    private readonly store: Store,
    private readonly rooms: RoomRegistry,
    private readonly logger: Logger,
    /** The automatic-version interval: a version younger than this makes another one pointless. */
    private readonly autoVersionMs = 0,
  ) {}

  async transition(meetingId: string, action: Transition, access: MeetingAccess, comment = ""): Promise<Meeting> {
    await this.requireMeeting(meetingId);
    return withMeetingRoom(this.rooms, meetingId, async (room) => {
      // Read inside the write gate: another instance may have just changed the status.
      const meeting = await this.requireMeeting(meetingId);
      const rule = TRANSITIONS[action];
      if (!rule.from.includes(meeting.status)) {
        throw new HttpError(409, "invalid_transition", `cannot ${action.replace("_", " ")} a meeting that is ${meeting.status.replace("_", " ")}`);
      }
      // The gate closes before the commit: nothing can be applied after the approved snapshot.
      if (action === "approve") room.lock();
      const next: Meeting = { ...meeting, status: rule.to };
      try {
        await this.record(room, access, action, VERSION_NAMES[action], comment, next);
      } catch (error) {
        if (action === "approve") room.unlock();
        throw error;
      }
      if (action === "approve") room.announceLock();
      if (action === "reopen") room.unlock();
      if (action === "submit") room.announceStatus(`${access.actor} submitted the draft for review.`);
      if (action === "request_changes") room.announceStatus(`${access.actor} requested changes: ${comment}`);
      return next;
    });
  }

  async nameVersion(meetingId: string, name: string, access: MeetingAccess): Promise<VersionInfo> {
    await this.requireMeeting(meetingId);
    const version = await withMeetingRoom(this.rooms, meetingId, (room) => this.record(room, access, "name_version", name, ""));
    return (await this.store.review.listVersions(meetingId)).find((info) => info.version === version)!;
  }

  /** Restores an old version as a new change on top of the current one; history is kept. */
  async restoreVersion(meetingId: string, version: number, access: MeetingAccess): Promise<void> {
    await this.requireMeeting(meetingId);
    const old = await this.readVersion(meetingId, version);
    await withMeetingRoom(this.rooms, meetingId, async (room) => {
      const meeting = await this.requireMeeting(meetingId);
      if (meeting.status === "approved" || room.locked) {
        throw new HttpError(409, "document_locked", "an approved summary cannot be changed; reopen it first");
      }
      replaceDocumentContent(room.doc, old);
      await room.whenStored();
      await this.record(room, access, "restore", `Restored version ${version}`, `restored version ${version}`);
    });
  }

  async readVersion(meetingId: string, version: number): Promise<Y.Doc> {
    const snapshot = await this.store.review.getVersionSnapshot(meetingId, version);
    if (!snapshot) throw notFound("version");
    const doc = new Y.Doc();
    Y.applyUpdate(doc, snapshot);
    return doc;
  }

  /** Called by the room registry after a stretch of editing. */
  async recordAutoVersion(room: Room): Promise<void> {
    try {
      // Another instance serving this meeting may have kept one just now: the store decides, in one transaction.
      const unlessVersionSince = new Date(Date.now() - this.autoVersionMs / 2).toISOString();
      await this.store.review.recordReview({ meetingId: room.meetingId, version: this.newVersion(room, "Automatic", "auto", "Rapporteur"), unlessVersionSince });
    } catch (error) {
      this.logger.warn("auto_version_failed", { meetingId: room.meetingId, error: String(error) });
    }
  }

  /**
   * Keeps a version of exactly what is stored: the room catches up with every instance's writes
   * and the store refuses the change if the log moved on meanwhile (then it catches up again).
   */
  private async record(room: Room, access: MeetingAccess, action: Exclude<ReviewAction, "edit_details" | "replace_links">, name: string, detail: string, meeting?: Meeting) {
    const reason = action === "name_version" ? "named" : action;
    const number = await room.commitAtStoredEnd((expectedSeq) => {
      const version = this.newVersion(room, name, reason, access.actor);
      return this.store.review.recordReview({
        meetingId: room.meetingId,
        ...(meeting ? { meeting } : {}),
        version,
        approve: action === "approve",
        audit: { at: version.createdAt, actor: access.actor, role: access.role, action, detail },
        expectedSeq,
      });
    });
    room.markVersioned();
    return number;
  }

  private newVersion(room: Room, name: string, reason: NewVersion["reason"], createdBy: string): NewVersion {
    return { name, reason, createdBy, createdAt: new Date().toISOString(), snapshot: Y.encodeStateAsUpdate(room.doc), sha256: contentHash(room.doc) };
  }

  private async requireMeeting(meetingId: string): Promise<Meeting> {
    const meeting = await this.store.getMeeting(meetingId);
    if (!meeting) throw notFound("meeting");
    return meeting;
  }
}
