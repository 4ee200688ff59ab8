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
  update(update: Uint8Array): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MessageType.sync);
    syncProtocol.writeUpdate(encoder, update);
    return encoding.toUint8Array(encoder);
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
