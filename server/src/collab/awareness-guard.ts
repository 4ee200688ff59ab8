import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import { LIMITS } from "@rapporteur/shared";
import type { Connection } from "./connection.js";
import { ProtocolError } from "./protocol-error.js";

/** Which connection introduced each awareness client id, per room awareness. */
const owners = new WeakMap<awarenessProtocol.Awareness, Map<number, Connection>>();
/** The client ids each connection introduced (its cap counts these, removed or not). */
const introduced = new WeakMap<Connection, Set<number>>();

interface Entry {
  clientId: number;
  clock: number;
  json: string;
}

/**
 * Binds awareness to its socket: a connection sets or removes only the client ids it introduced,
 * introduces at most `maxAwarenessClientsPerConnection`, and never with a null state (a removal
 * of something nobody announced is a flood, not a change). Other entries are dropped silently:
 * stock y-websocket clients echo every peer's state back, so foreign ids are normal traffic.
 */
export function applyOwnAwareness(awareness: awarenessProtocol.Awareness, connection: Connection, update: Uint8Array): void {
  if (update.length > LIMITS.maxAwarenessBytes) throw new ProtocolError(`awareness update over ${LIMITS.maxAwarenessBytes} bytes`);
  const roomOwners = owners.get(awareness) ?? new Map<number, Connection>();
  owners.set(awareness, roomOwners);
  const mine = introduced.get(connection) ?? new Set<number>();
  introduced.set(connection, mine);
  const accepted = readEntries(update).filter((entry) => {
    const owner = roomOwners.get(entry.clientId);
    if (owner && !owner.isClosed) return owner === connection;
    if (entry.json === "null" || entry.clientId === awareness.clientID) return false;
    if (mine.size >= LIMITS.maxAwarenessClientsPerConnection) return false;
    roomOwners.set(entry.clientId, connection);
    mine.add(entry.clientId);
    return true;
  });
  if (accepted.length > 0) awarenessProtocol.applyAwarenessUpdate(awareness, writeEntries(accepted), connection);
}

/** When a socket closes: its states go, and its ids are free again. */
export function releaseAwareness(awareness: awarenessProtocol.Awareness, connection: Connection): void {
  const ids = [...(introduced.get(connection) ?? [])];
  introduced.delete(connection);
  const roomOwners = owners.get(awareness);
  for (const id of ids) if (roomOwners?.get(id) === connection) roomOwners.delete(id);
  const present = ids.filter((id) => awareness.getStates().has(id));
  if (present.length > 0) awarenessProtocol.removeAwarenessStates(awareness, present, null);
}

/** Reads every entry before anything is applied, so a bad one leaves awareness untouched. */
function readEntries(update: Uint8Array): Entry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  // Each entry takes at least three bytes: a count beyond that is a lie, not a reason to loop.
  if (count > update.length) throw new ProtocolError("awareness update declares more entries than it holds");
  const entries: Entry[] = [];
  for (let index = 0; index < count; index++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    if (json.length > LIMITS.maxAwarenessStateBytes) throw new ProtocolError(`awareness state over ${LIMITS.maxAwarenessStateBytes} bytes`);
    JSON.parse(json);
    entries.push({ clientId, clock, json });
  }
  return entries;
}

function writeEntries(entries: Entry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.json);
  }
  return encoding.toUint8Array(encoder);
}
