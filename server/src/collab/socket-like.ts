/** The part of a websocket the room uses, so the room runs in tests without a network. */
export interface SocketLike {
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
  /** Bytes queued for sending; a peer that stops reading makes it grow. */
  readonly bufferedAmount: number;
}
