import { Redis } from "ioredis";
import type { Logger } from "../logger.js";
import { decodeRelayEnvelope, encodeRelayEnvelope, type RelayEnvelope } from "./relay-message.js";
import type { RoomBus } from "./room-bus.js";

/**
 * The room bus on Redis pub/sub (ioredis): one channel per meeting under `prefix`. Publishing
 * never queues while Redis is away (enableOfflineQueue off): a dropped hint costs a catch-up
 * read from storage, a queued one would cost memory. ioredis reconnects and resubscribes.
 */
export class RedisRoomBus implements RoomBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly receivers = new Map<string, (envelope: RelayEnvelope) => void>();
  private readonly resumeListeners: Array<() => void> = [];

  constructor(url: string, private readonly prefix: string, private readonly logger: Logger) {
    const options = { maxRetriesPerRequest: 1, retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000) };
    this.publisher = new Redis(url, { ...options, enableOfflineQueue: false });
    this.subscriber = new Redis(url, { ...options, maxRetriesPerRequest: null });
    this.subscriber.on("message", (channel: string, text: string) => this.deliver(channel, text));
    for (const [name, connection] of [["publisher", this.publisher], ["subscriber", this.subscriber]] as const) {
      this.watch(name, connection);
    }
  }

  private watch(name: string, connection: Redis): void {
    let lost = false;
    connection.on("error", (error: Error) => this.logger.debug("redis_error", { connection: name, error: String(error) }));
    connection.on("close", () => {
      if (!lost) this.logger.warn("redis_disconnected", { connection: name });
      lost = true;
    });
    connection.on("ready", () => {
      if (!lost) return;
      lost = false;
      this.logger.info("redis_reconnected", { connection: name });
      for (const listener of this.resumeListeners) listener();
    });
  }

  private channel(meetingId: string): string {
    return `${this.prefix}room:${meetingId}`;
  }

  private deliver(channel: string, text: string): void {
    if (!channel.startsWith(`${this.prefix}room:`)) return;
    const receiver = this.receivers.get(channel.slice(this.prefix.length + 5));
    const envelope = receiver && decodeRelayEnvelope(text);
    if (receiver && envelope) receiver(envelope);
  }

  publish(meetingId: string, envelope: RelayEnvelope): void {
    this.publisher.publish(this.channel(meetingId), encodeRelayEnvelope(envelope)).catch((error: unknown) => {
      this.logger.debug("redis_publish_failed", { meetingId, error: String(error) });
    });
  }

  async join(meetingId: string, deliver: (envelope: RelayEnvelope) => void): Promise<void> {
    this.receivers.set(meetingId, deliver);
    await this.subscriber.subscribe(this.channel(meetingId));
  }

  leave(meetingId: string): void {
    this.receivers.delete(meetingId);
    this.subscriber.unsubscribe(this.channel(meetingId)).catch(() => undefined);
  }

  onResumed(listener: () => void): void {
    this.resumeListeners.push(listener);
  }

  async isReady(): Promise<boolean> {
    if (this.publisher.status !== "ready" || this.subscriber.status !== "ready") return false;
    return (await this.publisher.ping().catch(() => "")) === "PONG";
  }

  async close(): Promise<void> {
    this.subscriber.disconnect();
    await this.publisher.quit().catch(() => this.publisher.disconnect());
  }
}

