import * as Y from "yjs";
import type { LinkVersions, Meeting } from "@rapporteur/shared";
import type { DocumentStore } from "../store/document-store.js";
import type { Logger } from "../logger.js";
import { summaryPlainText } from "../export/summary-plain-text.js";
import { KeyedQueue } from "./keyed-queue.js";
import { SearchReindexer } from "./search-reindexer.js";
import { Room, type RoomMetrics, type RoomOptions } from "./room.js";
import type { RoomBus } from "./room-bus.js";
import type { RelayEnvelope } from "./relay-message.js";

export interface RoomRegistryOptions {
  store: DocumentStore;
  logger: Logger;
  compactAfterUpdates: number;
  unloadAfterMs: number;
  autoVersionMs: number;
  /** Keeps an automatic version of a room after a stretch of editing. */
  onActivity(room: Room): void;
  /** Fan-out to the other instances on the same database (Redis); absent on a single instance. */
  bus?: RoomBus | undefined;
  /** This process among the instances; relayed messages it sent itself are ignored. */
  instanceId?: string;
  metrics?: RoomMetrics & { relayLag(seconds: number): void };
  /** A meeting's search text is re-indexed at most this often (REINDEX_INTERVAL_MS by default). */
  reindexIntervalMs?: number;
}

/** Search may lag a meeting being typed by this much; an unloading room is indexed at once. */
const REINDEX_INTERVAL_MS = 30_000;

/**
 * The loaded rooms. Concurrent first connections share one load; a load that fails is not
 * remembered, so the next connection tries the store again instead of getting an empty doc.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room | undefined>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  private readonly writeGate = new KeyedQueue();
  private readonly reindexer: SearchReindexer;

  constructor(private readonly options: RoomRegistryOptions) {
    this.reindexer = new SearchReindexer(options.reindexIntervalMs ?? REINDEX_INTERVAL_MS, (room) => this.indexRoomText(room));
    // After a relay outage every room reads what it missed and says how far it reaches.
    options.bus?.onResumed(() => {
      for (const room of this.rooms.values()) void room.catchUp().then(() => room.announceHead(), () => undefined);
    });
  }

  /** Every loaded room (drain, metrics). */
  get loadedRooms(): Room[] {
    return [...this.rooms.values()];
  }

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
   * The chair replaced links: sockets admitted with an older version are closed here and, through
   * the relay, on every other instance serving the meeting (whether or not this one has it loaded).
   */
  closeReplacedLinks(meetingId: string, versions: LinkVersions): void {
    this.rooms.get(meetingId)?.closeReplacedLinks(versions);
    const { bus, instanceId = "" } = this.options;
    bus?.publish(meetingId, { instance: instanceId, sentAt: Date.now(), message: { kind: "links", versions } });
  }

  /**
   * Tells a meeting's open pages that its transcript changed, here and, through the relay, on
   * every other instance, whether or not this one has the meeting loaded (a captioner's POST may
   * land on an instance where nobody has the meeting open).
   */
  announceTranscript(meetingId: string, message: string): void {
    const room = this.rooms.get(meetingId);
    if (room) return room.announceTranscript(message);
    const { bus, instanceId = "" } = this.options;
    bus?.publish(meetingId, { instance: instanceId, sentAt: Date.now(), message: { kind: "notice", notice: { kind: "transcript", message } } });
  }

  /**
   * The write gate for server-side edits (approval, restore, corrected details, next meeting):
   * one at a time per meeting in this process and, through the store's lock, across instances.
   * The room has caught up with storage before `work` runs; undefined when there is no meeting.
   */
  withWriteGate<T>(meetingId: string, work: (room: Room) => Promise<T>): Promise<T | undefined> {
    const { store } = this.options;
    const gated = async () => {
      const room = await this.getOrLoad(meetingId);
      if (!room) return undefined;
      try {
        await room.catchUp();
        return await work(room);
      } finally {
        this.releaseIfIdle(room);
      }
    };
    return this.writeGate.run(meetingId, () => (store.withMeetingLock ? store.withMeetingLock(meetingId, gated) : gated()));
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
      // Reported a turn later: a room unloaded (and indexed) or dropped meanwhile is not indexed again.
      onCompacted: (compacted) => {
        if (this.rooms.get(compacted.meetingId) === compacted) this.reindexer.changed(compacted);
      },
      ...this.relayOptions(meetingId),
    });
    this.rooms.set(meetingId, room);
    this.joinBus(room);
    this.options.logger.debug("room_loaded", { meetingId, updates: stored.updates.length });
    return room;
  }

  private relayOptions(meetingId: string): Pick<RoomOptions, "relay" | "metrics"> {
    const { bus, instanceId = "", metrics } = this.options;
    return {
      ...(metrics ? { metrics } : {}),
      ...(bus ? { relay: (message) => bus.publish(meetingId, { instance: instanceId, sentAt: Date.now(), message }) } : {}),
    };
  }

  /**
   * Subscribes to the meeting's channel, then reads storage once: anything stored before the
   * subscription took effect is read, anything after is relayed, so nothing falls between.
   */
  private joinBus(room: Room): void {
    const { bus, instanceId, metrics } = this.options;
    if (!bus) return;
    const deliver = (envelope: RelayEnvelope) => {
      if (envelope.instance === instanceId || this.rooms.get(room.meetingId) !== room) return;
      if (envelope.message.kind === "update") metrics?.relayLag(Math.max(0, Date.now() - envelope.sentAt) / 1000);
      room.receiveRelayed(envelope.message);
    };
    bus.join(room.meetingId, deliver).then(
      () => room.catchUp(),
      (error: unknown) => this.options.logger.warn("relay_join_failed", { meetingId: room.meetingId, error: String(error) }),
    ).catch(() => undefined);
  }

  private leaveBus(room: Room): void {
    this.options.bus?.leave(room.meetingId);
  }

  /** A failure only delays search: the next compaction indexes again. */
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
    this.leaveBus(room);
    await room.compact();
    this.reindexer.flush(room);
    await room.destroy();
    this.options.logger.debug("room_unloaded", { meetingId: room.meetingId });
  }

  private async dropRoom(room: Room): Promise<void> {
    this.cancelUnload(room.meetingId);
    this.reindexer.forget(room.meetingId);
    if (this.rooms.get(room.meetingId) === room) {
      this.rooms.delete(room.meetingId);
      this.leaveBus(room);
    }
    await room.destroy();
  }

  /** Compacts and releases every room (shutdown). */
  async unloadAll(): Promise<void> {
    for (const meetingId of [...this.unloadTimers.keys()]) this.cancelUnload(meetingId);
    await Promise.all([...this.rooms.values()].map((room) => this.unloadRoom(room)));
  }
}
