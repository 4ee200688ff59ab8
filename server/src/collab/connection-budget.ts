import { LIMITS, MessageType } from "@rapporteur/shared";

/**
 * A token bucket: `burst` at once, refilled at `perSecond`. Hand-written (a dozen lines) because
 * the rate-limit libraries answer asynchronously, and a room must handle a socket's frames
 * synchronously and in order.
 */
class TokenBucket {
  private tokens: number;
  private refilledAt = performance.now();

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
  ) {
    this.tokens = burst;
  }

  take(amount: number): boolean {
    const now = performance.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.refilledAt) / 1000) * this.perSecond);
    this.refilledAt = now;
    if (this.tokens < amount) return false;
    this.tokens -= amount;
    return true;
  }
}

/** What one connection may send: updates, other messages and bytes, each a burst then a sustained rate. */
export class ConnectionBudget {
  private readonly updates = new TokenBucket(LIMITS.connectionUpdateBurst, LIMITS.connectionUpdatesPerSecond);
  private readonly messages = new TokenBucket(LIMITS.connectionMessageBurst, LIMITS.connectionMessagesPerSecond);
  private readonly bytes = new TokenBucket(LIMITS.connectionByteBurst, LIMITS.connectionBytesPerSecond);

  /** False once the connection has sent more than its share; it is then closed with 4429. */
  spend(frame: Uint8Array): boolean {
    const counted = isUpdate(frame) ? this.updates : this.messages;
    return counted.take(1) && this.bytes.take(frame.length);
  }
}

/** Sync step 2 or update (`[0, 1 | 2, …]`; both varUints are one byte): the messages that get stored. */
function isUpdate(frame: Uint8Array): boolean {
  return frame[0] === MessageType.sync && (frame[1] === 1 || frame[1] === 2);
}
