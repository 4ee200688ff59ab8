/** Sizes both sides agree on: the server enforces them, the client checks them early. */
export const LIMITS = {
  maxTitleChars: 300,
  maxNameChars: 200,
  maxAgendaItems: 100,
  maxParticipants: 1000,
  /** Default websocket message cap; the server's MAX_MESSAGE_BYTES may change it. */
  defaultMaxMessageBytes: 2 * 1024 * 1024,
  /** Frames a connection may send while its document is still loading. */
  maxQueuedFramesWhileLoading: 256,
  maxQueuedBytesWhileLoading: 8 * 1024 * 1024,
  maxRequestBodyBytes: 1024 * 1024,
} as const;
