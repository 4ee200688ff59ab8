import { performance } from "node:perf_hooks";
import * as Y from "yjs";

interface SentOps {
  /** Clock just past each op's last struct, in send order. */
  endClocks: number[];
  sentAt: number[];
}

/**
 * Matches each op a client sent with its arrival at every other client of the same document,
 * by Yjs clock, so latency needs no clock shared between processes and no payload marker:
 * sender and receivers of one document always live in the same generator process.
 */
export class OpTracker {
  private readonly sent = new Map<number, SentOps>();
  /** receiver → sender client id → index of the next op of that sender it has not seen. */
  private readonly cursors = new Map<object, Map<number, number>>();
  readonly latencies: number[] = [];
  opsSent = 0;
  recording = false;

  recordSent(clientId: number, update: Uint8Array, at: number): void {
    if (!this.recording) return;
    const endClock = Y.parseUpdateMeta(update).to.get(clientId);
    if (endClock === undefined) return;
    let ops = this.sent.get(clientId);
    if (!ops) this.sent.set(clientId, (ops = { endClocks: [], sentAt: [] }));
    ops.endClocks.push(endClock);
    ops.sentAt.push(at);
    this.opsSent += 1;
  }

  /** The reference server echoes an update to its sender too; that echo is not a delivery. */
  recordReceived(receiver: object, receiverClientId: number, update: Uint8Array): void {
    const now = performance.now();
    let cursor = this.cursors.get(receiver);
    if (!cursor) this.cursors.set(receiver, (cursor = new Map()));
    for (const [clientId, clock] of Y.parseUpdateMeta(update).to) {
      const ops = clientId === receiverClientId ? undefined : this.sent.get(clientId);
      if (!ops) continue;
      let next = cursor.get(clientId) ?? 0;
      while (next < ops.endClocks.length && ops.endClocks[next]! <= clock) {
        this.latencies.push(now - ops.sentAt[next]!);
        next += 1;
      }
      cursor.set(clientId, next);
    }
  }
}
