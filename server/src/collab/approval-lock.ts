import type * as Y from "yjs";
import type { CollabNotice } from "@rapporteur/shared";
import { encodeMessage } from "./protocol-messages.js";
import type { RelayMessage } from "./relay-message.js";
import type { RoomPeers } from "./room-peers.js";

/**
 * The room's write gate for approvals, and the notices that move it: "locked" closes it,
 * "unlocked" reopens it. Every notice reaches the room's clients and the other instances.
 */
export class ApprovalLock {
  private closed: boolean;

  constructor(
    locked: boolean,
    private readonly doc: Y.Doc,
    private readonly peers: RoomPeers,
    private readonly relay: ((message: RelayMessage) => void) | undefined,
  ) {
    this.closed = locked;
  }

  get locked(): boolean {
    return this.closed;
  }

  /**
   * Closes the gate before an approval is committed, so no update can land between the
   * approved snapshot and the lock; "unlocked" reopens it (reopen, failed commit).
   */
  close(): void {
    this.closed = true;
  }

  /** Tells every client (and, unless it was relayed here, every instance); moves the gate on lock notices. */
  announce(notice: CollabNotice, relayed = false): void {
    if (notice.kind === "locked") this.closed = true;
    this.peers.notifyAll(notice);
    if (notice.kind === "unlocked") {
      this.closed = false;
      // Edits refused while locked stay on their clients; sync step 1 asks every client for them
      // now, so later edits that build on them are not held back until a reconnect.
      this.peers.sendToAll(encodeMessage.syncStep1(this.doc));
    }
    if (!relayed) this.relay?.({ kind: "notice", notice });
  }
}
