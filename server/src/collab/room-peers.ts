import type * as Y from "yjs";
import * as awarenessProtocol from "y-protocols/awareness";
import { CloseCode, LINK_REPLACED_MESSAGE, type CollabNotice, type LinkVersions } from "@rapporteur/shared";
import type { Connection } from "./connection.js";
import { AwarenessFanout, type AwarenessChanges } from "./awareness-fanout.js";
import { encodeMessage } from "./protocol-messages.js";
import type { RelayMessage } from "./relay-message.js";

/**
 * The sockets of one room and what the room sends them. Every message is encoded once and the
 * same bytes go to each receiver.
 */
export class RoomPeers {
  private readonly connections = new Set<Connection>();
  private storedStateScheduled = false;

  constructor(
    private readonly doc: Y.Doc,
    private readonly awareness: awarenessProtocol.Awareness,
    relay: ((message: RelayMessage) => void) | undefined,
  ) {
    new AwarenessFanout(awareness, this.trackAwareness, (message) => this.sendToAll(message), relay);
  }

  /** Remembers which awareness clients each socket announced, so they go when it closes. */
  private readonly trackAwareness = (origin: unknown, changes: AwarenessChanges): void => {
    if (!this.has(origin)) return;
    for (const client of changes.added) origin.awarenessClients.add(client);
    for (const client of changes.removed) origin.awarenessClients.delete(client);
  };

  get size(): number {
    return this.connections.size;
  }

  has(connection: unknown): connection is Connection {
    return this.connections.has(connection as Connection);
  }

  /** Joins a socket: it is asked for what it has (sync step 1) and told who is present. */
  add(connection: Connection): void {
    this.connections.add(connection);
    connection.send(encodeMessage.syncStep1(this.doc));
    const clients = [...this.awareness.getStates().keys()];
    if (clients.length > 0) connection.send(encodeMessage.awareness(this.awareness, clients));
  }

  /** False when the socket was not (or no longer) in the room. Its awareness states go with it. */
  remove(connection: Connection): boolean {
    if (!this.connections.delete(connection)) return false;
    if (connection.awarenessClients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessClients], null);
    }
    return true;
  }

  closeAll(code: number, reason: string): void {
    for (const connection of this.connections) connection.close(code, reason);
  }

  /**
   * Closes every socket admitted with a link older than its role's current version, with the
   * invalid-token code: stock providers stop reconnecting on it, the web client says why.
   */
  closeReplacedLinks(versions: LinkVersions): void {
    for (const connection of this.connections) {
      const invitation = connection.invitation;
      if (invitation && invitation.version < versions[invitation.role]) connection.close(CloseCode.Unauthorized, LINK_REPLACED_MESSAGE);
    }
  }

  /** Forgets every socket (they were closed; their close events must not reach the room). */
  clear(): void {
    this.connections.clear();
  }

  sendToAll(message: Uint8Array, except?: unknown): void {
    for (const connection of this.connections) {
      if (connection !== except) connection.send(message);
    }
  }

  /** A stored (or already stored) document update, to everyone but its sender. */
  broadcastUpdate(update: Uint8Array, origin: unknown): void {
    this.sendToAll(encodeMessage.update(update), origin);
    this.scheduleStoredState();
  }

  /** Sends a notice to one client if it asked for notices; stock clients never see one. */
  notify(connection: Connection, notice: CollabNotice): void {
    if (connection.wantsStatus) connection.send(encodeMessage.notice(notice));
  }

  notifyAll(notice: CollabNotice): void {
    for (const connection of this.connections) this.notify(connection, notice);
  }

  private anyWantsStatus(): boolean {
    for (const connection of this.connections) if (connection.wantsStatus) return true;
    return false;
  }

  sendStoredState(connection: Connection): void {
    connection.send(encodeMessage.storedState(this.doc));
  }

  /** Coalesces "what the server has stored" into one message per tick for subscribed clients. */
  private scheduleStoredState(): void {
    if (this.storedStateScheduled) return;
    // Stock clients never subscribe: then there is nothing to encode.
    if (!this.anyWantsStatus()) return;
    this.storedStateScheduled = true;
    setImmediate(() => {
      this.storedStateScheduled = false;
      const message = encodeMessage.storedState(this.doc);
      for (const connection of this.connections) {
        if (connection.wantsStatus) connection.send(message);
      }
    });
  }
}
