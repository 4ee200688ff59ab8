import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { MessageType } from "@rapporteur/shared";

/** Encoders for the frames the server sends; each frame is encoded once and sent to many. */
export const encodeMessage = {
  syncStep1(doc: Y.Doc): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.sync);
    syncProtocol.writeSyncStep1(encoder, doc);
    return encoding.toUint8Array(encoder);
  },
  syncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.sync);
    syncProtocol.writeSyncStep2(encoder, doc, stateVector);
    return encoding.toUint8Array(encoder);
  },
  /** [sync, update, length, bytes] in one allocation of the exact size: this runs for every stored update. */
  update(update: Uint8Array): Uint8Array {
    let length = update.length;
    let lengthBytes = 1;
    while (length > 0x7f) {
      length >>>= 7;
      lengthBytes += 1;
    }
    const message = new Uint8Array(2 + lengthBytes + update.length);
    message[0] = MessageType.sync;
    message[1] = syncProtocol.messageYjsUpdate;
    let at = 2;
    for (length = update.length; length > 0x7f; length >>>= 7) message[at++] = 0x80 | (length & 0x7f);
    message[at++] = length;
    message.set(update, at);
    return message;
  },
  awareness(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.awareness);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
    return encoding.toUint8Array(encoder);
  },
  storedState(doc: Y.Doc): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.storedState);
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
    return encoding.toUint8Array(encoder);
  },
  notice(notice: object): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.notice);
    encoding.writeVarString(encoder, JSON.stringify(notice));
    return encoding.toUint8Array(encoder);
  },
};
