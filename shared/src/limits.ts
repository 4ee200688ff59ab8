/**
 * Sizes, counts and rates both sides agree on, in one place: the server enforces them at every
 * entry point (create, paste, import, next meeting, details, websocket), the client checks them early.
 */
export const LIMITS = {
  maxTitleChars: 300,
  maxNameChars: 200,
  /** Top-level agenda items of a meeting. */
  maxAgendaItems: 100,
  /** Sub-items under one agenda item. */
  maxAgendaSubItems: 50,
  /** Agenda items and sub-items together, so a meeting's outline stays readable and bounded. */
  maxAgendaEntries: 500,
  maxParticipants: 1000,
  /** Hosts, and moderators, of one meeting. */
  maxHostsOrModerators: 20,
  /** Default websocket message cap; the server's MAX_MESSAGE_BYTES may change it. */
  defaultMaxMessageBytes: 2 * 1024 * 1024,
  /** One Yjs update (a paste, an offline catch-up); the message cap may be lower. */
  maxUpdateBytes: 2 * 1024 * 1024,
  /**
   * A meeting's encoded document. A 3-hour meeting is about 300 KB; the largest import
   * (maxImportTextChars) fits with room to spare. Updates that would pass it are refused.
   */
  maxDocumentBytes: 8 * 1024 * 1024,
  /** Updates waiting for dependencies a client has not sent yet (e.g. right after a reopen). */
  maxPendingUpdateBytes: 256 * 1024,
  /** Presence (name, colour, cursor) is small; a bigger awareness update is refused, not fanned out. */
  maxAwarenessBytes: 64 * 1024,
  /** One client's awareness state (its JSON). */
  maxAwarenessStateBytes: 8 * 1024,
  /** Awareness client ids one connection may introduce (a tab has one; a few spare for doc reloads). */
  maxAwarenessClientsPerConnection: 4,
  /** Frames a connection may send while its document is still loading. */
  maxQueuedFramesWhileLoading: 256,
  maxQueuedBytesWhileLoading: 8 * 1024 * 1024,
  /**
   * Per-connection budgets (token buckets): a burst, then a sustained rate; past one the socket
   * closes with 4429. Updates are what costs (each is stored): typing sends one per keystroke,
   * well under the rate; a paste is one. Other messages (awareness: a caret move per keystroke)
   * have their own, wider budget. Bytes count every message.
   */
  connectionUpdateBurst: 1000,
  connectionUpdatesPerSecond: 50,
  connectionMessageBurst: 3000,
  connectionMessagesPerSecond: 200,
  connectionByteBurst: 16 * 1024 * 1024,
  connectionBytesPerSecond: 2 * 1024 * 1024,
  /** A storage call that has not answered by then fails, and only its room closes (4500). */
  storageTimeoutMs: 10_000,
  /**
   * How long the event loop waits, blocked, for the SQLite thread's commit before it goes back to
   * the sockets and takes the answer when it comes. A healthy commit (one fsync) answers in a few
   * ms, and a blocked wait is woken at once where an asynchronous answer costs a thread wake-up
   * and an event-loop turn; a hung disk holds the sockets this long once, never longer.
   */
  storageWaitOnLoopMs: 20,
  /** SQLite is synchronous: a write to a database another process holds waits this long, blocking everyone, then fails. */
  sqliteBusyTimeoutMs: 250,
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
  /** An export (PDF or Word) of a bigger report body (its JSON) is refused with 413; the server's EXPORT_MAX_CHARS may change it. */
  maxExportChars: 4_000_000,
  /** A PDF or Word rendering still running after this is stopped (503); the server's EXPORT_TIMEOUT_MS may change it. */
  exportTimeoutMs: 30_000,
  /** Renderings waiting for a worker beyond this are refused at once (503) rather than queued. */
  maxQueuedExports: 16,
  /** Heap of one export worker: a runaway rendering ends that worker, never the server. */
  exportWorkerHeapMb: 512,
  /**
   * Paragraphs, list items and headings of one import. A long report has a few thousand; past
   * this the import is refused (413) rather than built (a list of ~130,000 items overflowed the stack).
   */
  maxImportBlocks: 20_000,
  /** An import still being read after this is stopped (503 `import_timeout`). */
  importTimeoutMs: 30_000,
  /** Imports waiting for the import worker beyond this are refused at once (503 `import_busy`). */
  maxQueuedImports: 4,
  /**
   * Imports up to this many characters are read on the event loop: a few milliseconds, less than
   * handing the text to a worker and back. Longer ones go to the import worker.
   */
  maxInlineImportChars: 20_000,
  /** A report file sent to /verify or /api/verify: far above any Summary Report's PDF. */
  maxVerifyFileBytes: 32 * 1024 * 1024,
} as const;

/**
 * Requests per address per window, per kind. Generous for people (a secretariat creating a
 * week's meetings, a room of 60 on one NAT), tight for scripts.
 */
export const RATE_LIMITS = {
  windowMs: 60_000,
  /** Requests refused for a missing, forged or expired token (guessing is what this stops). */
  tokenFailures: 60,
  createMeeting: 120,
  importSummary: 30,
  exports: 120,
  websocketConnects: 300,
} as const;
