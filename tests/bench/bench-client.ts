import WebSocket from "ws";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

/** Called with each document update the server sends, before it is applied. */
export type UpdateListener = (client: BenchClient, update: Uint8Array) => void;

/**
 * One note-taker as y-websocket's provider behaves on the wire, without its reconnect and
 * BroadcastChannel machinery: sync step 1 on open, every local transaction sent as one update
 * message, awareness (name, colour, caret) announced on open and on every caret move.
 */
export class BenchClient {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly synced: Promise<void>;
  /** Set when the server closed the socket before the run ended. */
  closedEarly: { code: number; reason: string } | undefined;
  private readonly ws: WebSocket;
  private text: Y.XmlText | undefined;
  private destroyed = false;

  constructor(url: string, name: string, private readonly onRemoteUpdate: UpdateListener) {
    this.ws = new WebSocket(url, { perMessageDeflate: false });
    this.ws.binaryType = "nodebuffer";
    this.awareness.setLocalState({ user: { name, color: "#30bced" }, cursor: null });
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== this) this.send(MESSAGE_SYNC, (encoder) => syncProtocol.writeUpdate(encoder, update));
    });
    this.awareness.on("update", ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      if (origin !== "local") return;
      const changed = [...added, ...updated, ...removed];
      this.send(MESSAGE_AWARENESS, (encoder) => encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)));
    });
    this.synced = new Promise((resolve, reject) => {
      this.ws.on("open", () => {
        this.send(MESSAGE_SYNC, (encoder) => syncProtocol.writeSyncStep1(encoder, this.doc));
        this.send(MESSAGE_AWARENESS, (encoder) =>
          encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.doc.clientID])),
        );
      });
      this.ws.on("message", (data: Buffer) => {
        if (this.handleMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))) resolve();
      });
      this.ws.on("error", (error) => reject(error));
      this.ws.on("close", (code, reason) => {
        if (!this.destroyed) this.closedEarly = { code, reason: reason.toString() };
        reject(new Error(`closed ${code} ${reason.toString()}`));
      });
    });
  }

  /** One keystroke: one transaction appending a character to this client's paragraph, then the caret moves. */
  type(character: string): Uint8Array | undefined {
    let sent: Uint8Array | undefined;
    const capture = (update: Uint8Array) => (sent = update);
    this.doc.once("update", capture);
    this.doc.transact(() => {
      if (!this.text) {
        const paragraph = new Y.XmlElement("paragraph");
        this.text = new Y.XmlText();
        paragraph.insert(0, [this.text]);
        const body = this.doc.getXmlFragment("default");
        body.insert(body.length, [paragraph]);
      }
      this.text.insert(this.text.length, character);
    });
    const offset = this.text!.length;
    this.awareness.setLocalStateField("cursor", { anchor: offset, head: offset });
    return sent;
  }

  destroy(): void {
    this.destroyed = true;
    this.awareness.destroy();
    this.doc.destroy();
    this.ws.terminate();
  }

  /** Returns true when this message completed the initial sync. */
  private handleMessage(message: Uint8Array): boolean {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_AWARENESS) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), this);
      return false;
    }
    if (type !== MESSAGE_SYNC) return false;
    const step = decoding.readVarUint(decoder);
    if (step === SYNC_STEP1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      this.send(MESSAGE_SYNC, (encoder) => syncProtocol.writeSyncStep2(encoder, this.doc, stateVector));
      return false;
    }
    if (step !== SYNC_STEP2 && step !== SYNC_UPDATE) return false;
    const update = decoding.readVarUint8Array(decoder);
    this.onRemoteUpdate(this, update);
    Y.applyUpdate(this.doc, update, this);
    return step === SYNC_STEP2;
  }

  private send(type: number, write: (encoder: encoding.Encoder) => void): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, type);
    write(encoder);
    this.ws.send(encoding.toUint8Array(encoder));
  }
}
