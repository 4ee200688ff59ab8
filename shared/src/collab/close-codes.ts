/**
 * Websocket close codes the server uses. 1xxx are RFC 6455; 4xxx mirror HTTP statuses so a
 * reader of a log line knows what happened without a lookup table.
 */
export const CloseCode = {
  /** Message larger than the configured limit (RFC 6455 "message too big"). */
  MessageTooBig: 1009,
  /** Server is shutting down; reconnect later. */
  ServerRestarting: 1012,
  /** Too much queued for this client (slow reader, or a burst while loading); reconnect. */
  TryAgainLater: 1013,
  /** The message could not be decoded or is not part of the protocol. */
  MalformedMessage: 4400,
  Unauthorized: 4401,
  Forbidden: 4403,
  MeetingNotFound: 4404,
  /** The document is approved and locked. */
  DocumentLocked: 4423,
  /** The connection sent more messages or bytes than its budget; reconnect in a moment. */
  TooManyRequests: 4429,
  /** The stored document could not be loaded or written; nothing was served or overwritten. */
  StorageUnavailable: 4500,
} as const;

export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];
