import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { LOCKED_CHANGE_REFUSED, MessageType } from "@rapporteur/shared";
import { applyOwnAwareness } from "./awareness-guard.js";
import { checkIncomingUpdate } from "./check-incoming-update.js";
import type { Connection } from "./connection.js";
import { encodeMessage } from "./protocol-messages.js";
import { ProtocolError } from "./protocol-error.js";
import type { Room } from "./room.js";
import { updateAddsNothing } from "./update-adds-nothing.js";

const SyncStep = { step1: 0, step2: 1, update: 2 } as const;

/** Decodes one client frame and acts on it. Throws ProtocolError (or a decoder error) on bad input, before changing anything. */
export function handleRoomMessage(room: Room, connection: Connection, frame: Uint8Array): void {
  if (frame.length === 0) throw new ProtocolError("empty message");
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.sync:
      handleSyncMessage(room, connection, decoder);
      return;
    case MessageType.awareness:
      applyOwnAwareness(room.awareness, connection, decoding.readVarUint8Array(decoder));
      return;
    case MessageType.queryAwareness:
      connection.send(encodeMessage.awareness(room.awareness, [...room.awareness.getStates().keys()]));
      return;
    case MessageType.auth:
      // Permission messages flow server → client only; a client sending one is ignored.
      return;
    case MessageType.subscribeStatus:
      connection.wantsStatus = true;
      room.sendStoredState(connection);
      if (room.locked) room.notify(connection, { kind: "locked", message: "This summary was approved; it can no longer be edited." });
      else if (connection.readOnly) room.notify(connection, { kind: "read-only", message: "You can read this meeting but not edit it." });
      return;
    default:
      throw new ProtocolError(`unknown message type ${type}`);
  }
}

function handleSyncMessage(room: Room, connection: Connection, decoder: decoding.Decoder): void {
  const step = decoding.readVarUint(decoder);
  switch (step) {
    case SyncStep.step1:
      connection.send(encodeMessage.syncStep2(room.doc, decoding.readVarUint8Array(decoder)));
      return;
    case SyncStep.step2:
    case SyncStep.update: {
      const update = decoding.readVarUint8Array(decoder);
      if (update.length < 2) throw new ProtocolError("empty update");
      if (room.locked) {
        if (!updateAddsNothing(room.doc, update)) {
          room.notify(connection, { kind: "locked", message: LOCKED_CHANGE_REFUSED });
        }
        return;
      }
      if (connection.readOnly) {
        room.notify(connection, { kind: "update-rejected", message: "This meeting is read-only for you; your change was not saved." });
        return;
      }
      // Decoded and checked first: a refused update leaves the document and the store untouched.
      const refusal = checkIncomingUpdate(room.doc, update);
      if (refusal) throw new ProtocolError(`update refused: ${refusal}`);
      Y.applyUpdate(room.doc, update, connection);
      return;
    }
    default:
      throw new ProtocolError(`unknown sync step ${step}`);
  }
}
