/** Sizes both sides agree on: the server enforces them, the client checks them early. */
export const LIMITS = {
  maxTitleChars: 300,
  maxNameChars: 200,
  maxAgendaItems: 100,
  maxParticipants: 1000,
  /** Default websocket message cap; the server's MAX_MESSAGE_BYTES may change it. */
  defaultMaxMessageBytes: 2 * 1024 * 1024,
  /** Presence (name, colour, cursor) is small; a bigger awareness update is refused, not fanned out. */
  maxAwarenessBytes: 64 * 1024,
  /** Frames a connection may send while its document is still loading. */
  maxQueuedFramesWhileLoading: 256,
  maxQueuedBytesWhileLoading: 8 * 1024 * 1024,
  /** Large enough that an oversized paste gets a 400 naming its field rather than a bare 413. */
  maxRequestBodyBytes: 8 * 1024 * 1024,
  maxAgendaTextChars: 50_000,
  maxParticipantsTextChars: 200_000,
  maxImportTextChars: 2_000_000,
  /** A 3-hour call's WebVTT is 1–2 MB; twice that leaves room without letting one upload hog the server. */
  maxTranscriptChars: 4_000_000,
  /** Segments kept per meeting (upload and live captions together). */
  maxTranscriptSegments: 50_000,
  maxSegmentChars: 5_000,
  /** Latest time in a transcript (a week); later times are refused, not stored. */
  maxTranscriptMs: 7 * 86_400_000,
  /** Cues in one POST from a live captioner. */
  maxCaptionCuesPerPost: 200,
  /** Hand-placed "this item starts here" boundaries and confirmed speakers per transcript. */
  maxTranscriptBoundaries: 200,
  maxTranscriptSpeakers: 2_000,
} as const;
