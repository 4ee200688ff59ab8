import * as Y from "yjs";
import type { Meeting } from "@rapporteur/shared";
import type { DocumentStore } from "../store/document-store.js";
import type { Logger } from "../logger.js";
import { summaryPlainText } from "../export/summary-plain-text.js";
import { Room } from "./room.js";

export interface RoomRegistryOptions {
  store: DocumentStore;
  logger: Logger;
  compactAfterUpdates: number;
  unloadAfterMs: number;
  autoVersionMs: number;
  /** Keeps an automatic version of a room after a stretch of editing. */
  onActivity(room: Room): void;
}

/**
 * The loaded rooms. Concurrent first connections share one load; a load that fails is not
 * remembered, so the next connection tries the store again instead of getting an empty doc.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room | undefined>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly options: RoomRegistryOptions) {}

  get loadedCount(): number {
    return this.rooms.size;
  }

  get(meetingId: string): Room | undefined {
    return this.rooms.get(meetingId);
  }

  /**
   * The meeting's room, loading it if needed; undefined when the meeting does not exist.
   * `meeting`, when the caller has just read it, spares the load a second read.
   */
  getOrLoad(meetingId: string, meeting?: Meeting): Promise<Room | undefined> {
    this.cancelUnload(meetingId);
    const room = this.rooms.get(meetingId);
    if (room) return Promise.resolve(room);
    let pending = this.loading.get(meetingId);
    if (!pending) {
      pending = this.loadRoom(meetingId, meeting).finally(() => this.loading.delete(meetingId));
      this.loading.set(meetingId, pending);
    }
    return pending;
  }

  /**
   * The current document for reading (exports): the live room when loaded, otherwise a copy
   * built from storage that is not kept in memory.
   */
  async readDocument(meetingId: string): Promise<Y.Doc | undefined> {
    const room = this.rooms.get(meetingId);
    if (room) return room.doc;
    const stored = await this.options.store.loadDocument(meetingId);
    if (!stored) return undefined;
    const doc = new Y.Doc();
    Y.transact(doc, () => {
      Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
    return doc;
  }

  private async loadRoom(meetingId: string, known: Meeting | undefined): Promise<Room | undefined> {
    const [meeting, stored] = await Promise.all([known ?? this.options.store.getMeeting(meetingId), this.options.store.loadDocument(meetingId)]);
    if (!meeting || !stored) return undefined;
    const room = new Room(meetingId, stored, {
      locked: meeting.status === "approved",
      autoVersionMs: this.options.autoVersionMs,
      onActivity: (active) => this.options.onActivity(active),
      store: this.options.store,
      logger: this.options.logger,
      compactAfterUpdates: this.options.compactAfterUpdates,
      onEmpty: (empty) => this.scheduleUnload(empty),
      onBroken: (broken) => void this.dropRoom(broken),
      onCompacted: (compacted) => void this.indexRoomText(compacted),
    });
    this.rooms.set(meetingId, room);
    this.options.logger.debug("room_loaded", { meetingId, updates: stored.updates.length });
    return room;
  }

  /** Search lags the live text by at most one compaction; a failure only delays it. */
  private async indexRoomText(room: Room): Promise<void> {
    try {
      await this.options.store.indexSummaryText(room.meetingId, summaryPlainText(room.doc));
    } catch (error) {
      this.options.logger.warn("index_failed", { meetingId: room.meetingId, error: String(error) });
    }
  }

  /** A room loaded for a REST action (approval, restore) is unloaded again if nobody joins. */
  releaseIfIdle(room: Room): void {
    if (room.connectionCount === 0) this.scheduleUnload(room);
  }

  private scheduleUnload(room: Room): void {
    this.cancelUnload(room.meetingId);
    const timer = setTimeout(() => {
      this.unloadTimers.delete(room.meetingId);
      if (room.connectionCount === 0) void this.unloadRoom(room);
    }, this.options.unloadAfterMs);
    timer.unref();
    this.unloadTimers.set(room.meetingId, timer);
  }

  private cancelUnload(meetingId: string): void {
    const timer = this.unloadTimers.get(meetingId);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(meetingId);
  }

  private async unloadRoom(room: Room): Promise<void> {
    if (this.rooms.get(room.meetingId) !== room) return;
    this.rooms.delete(room.meetingId);
    await room.compact();
    await room.destroy();
    this.options.logger.debug("room_unloaded", { meetingId: room.meetingId });
  }

  private async dropRoom(room: Room): Promise<void> {
    this.cancelUnload(room.meetingId);
    if (this.rooms.get(room.meetingId) === room) this.rooms.delete(room.meetingId);
    await room.destroy();
  }

  /** Compacts and releases every room (shutdown). */
  async unloadAll(): Promise<void> {
    for (const meetingId of [...this.unloadTimers.keys()]) this.cancelUnload(meetingId);
    await Promise.all([...this.rooms.values()].map((room) => this.unloadRoom(room)));
  }
}
