import { Buffer } from "node:buffer";
import { CloseCode, type Role } from "@rapporteur/shared";
import type { SocketLike } from "./socket-like.js";

/** A slow reader is disconnected before the server buffers this much for it. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;
/** RFC 6455 caps a close reason at 123 bytes of UTF-8. */
const MAX_REASON_BYTES = 123;

let nextConnectionId = 1;

/** One client's socket in one room, with what the room must remember about it. */
export class Connection {
  readonly id = nextConnectionId++;
  /** Sync updates from this client are refused (viewer, or an approved document). */
  readOnly = false;
  /** The client asked for Rapporteur's status messages (stored state, notices). */
  wantsStatus = false;
  /** The invitation it was admitted with: a socket whose link is replaced is closed. */
  invitation: { role: Role; version: number } | undefined;
  /** Awareness client ids this socket announced, removed when it closes. */
  readonly awarenessClients = new Set<number>();
  private closed = false;

  constructor(private readonly socket: SocketLike) {}

  get isClosed(): boolean {
    return this.closed;
  }

  send(data: Uint8Array): void {
    if (this.closed) return;
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close(CloseCode.TryAgainLater, "client is not reading; reconnect to resync");
      return;
    }
    try {
      this.socket.send(data);
    } catch {
      this.close(1011, "send failed");
    }
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.socket.close(code, truncateReason(reason));
    } catch {
      // The socket is already gone; nothing else to release.
    }
  }

  /** Called when the transport reports the socket closed, however it happened. */
  markClosed(): void {
    this.closed = true;
  }
}

function truncateReason(reason: string): string {
  const bytes = Buffer.from(reason, "utf8");
  if (bytes.length <= MAX_REASON_BYTES) return reason;
  return bytes.subarray(0, MAX_REASON_BYTES - 3).toString("utf8").replace(/\uFFFD$/, "") + "...";
}
