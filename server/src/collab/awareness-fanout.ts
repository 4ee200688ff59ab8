import * as encoding from "lib0/encoding";
import type * as awarenessProtocol from "y-protocols/awareness";
import { MessageType } from "@rapporteur/shared";
import { ALREADY_STORED } from "./already-stored.js";
import type { RelayMessage } from "./relay-message.js";

export interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * Sends a room's awareness changes on: to every socket (the sender's own included, as
 * y-websocket does) and to the other instances. A flood is coalesced per event-loop turn into
 * one message holding each changed client's latest state (receivers keep only the latest per
 * client anyway). A state that did not change (a renewal) is not encoded again.
 */
export class AwarenessFanout {
  /** Clients changed this turn; true when the change is this instance's to relay. */
  private readonly pending = new Map<number, boolean>();
  /** Each client's state as last encoded, while it has not changed. */
  private readonly encoded = new Map<number, string>();
  private scheduled = false;

  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly track: (origin: unknown, changes: AwarenessChanges) => void,
    private readonly sendToAll: (message: Uint8Array) => void,
    private readonly relay: ((message: RelayMessage) => void) | undefined,
  ) {
    // "change" comes before "update" and names only the clients whose state differs.
    awareness.on("change", this.handleChange);
    awareness.on("update", this.handleUpdate);
  }

  private readonly handleChange = (changes: AwarenessChanges): void => {
    for (const client of changes.updated) this.encoded.delete(client);
    for (const client of changes.removed) this.encoded.delete(client);
  };

  private readonly handleUpdate = (changes: AwarenessChanges, origin: unknown): void => {
    this.track(origin, changes);
    const relayed = origin !== ALREADY_STORED && this.relay !== undefined;
    for (const list of [changes.added, changes.updated, changes.removed]) {
      for (const client of list) this.pending.set(client, relayed || this.pending.get(client) === true);
    }
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(this.flush);
  };

  private readonly flush = (): void => {
    this.scheduled = false;
    if (this.pending.size === 0) return;
    const clients = [...this.pending.keys()];
    const toRelay = clients.filter((client) => this.pending.get(client));
    this.pending.clear();
    const update = this.encodeUpdate(clients);
    this.sendToAll(frame(update));
    if (toRelay.length === 0) return;
    const relayUpdate = toRelay.length === clients.length ? update : this.encodeUpdate(toRelay);
    this.relay?.({ kind: "awareness", update: relayUpdate });
  };

  /** y-protocols' encodeAwarenessUpdate, reusing the JSON of states that did not change. */
  private encodeUpdate(clients: number[]): Uint8Array {
    const states = this.awareness.getStates();
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, clients.length);
    for (const client of clients) {
      encoding.writeVarUint(encoder, client);
      encoding.writeVarUint(encoder, this.awareness.meta.get(client)?.clock ?? 0);
      encoding.writeVarString(encoder, this.jsonOf(client, states.get(client)));
    }
    return encoding.toUint8Array(encoder);
  }

  private jsonOf(client: number, state: unknown): string {
    if (state === undefined || state === null) {
      this.encoded.delete(client);
      return "null";
    }
    let json = this.encoded.get(client);
    if (json === undefined) {
      json = JSON.stringify(state);
      this.encoded.set(client, json);
    }
    return json;
  }
}

function frame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
