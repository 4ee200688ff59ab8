import type { RelayEnvelope } from "./relay-message.js";

/**
 * The fan-out between instances serving the same meetings (Redis pub/sub in production). It
 * carries hints only: losing a message loses nothing, because every receiver can read storage.
 */
export interface RoomBus {
  /** Fire and forget: while the bus is down nothing is queued (peers catch up from storage). */
  publish(meetingId: string, envelope: RelayEnvelope): void;
  /** Resolves once subscribed; messages published after that are delivered to `deliver`. */
  join(meetingId: string, deliver: (envelope: RelayEnvelope) => void): Promise<void>;
  leave(meetingId: string): void;
  /** Called each time the bus comes back after an outage (peer messages may have been missed). */
  onResumed(listener: () => void): void;
  /** True while connected (for /readyz). */
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}
