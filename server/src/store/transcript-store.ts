import type { StoredSegment, TranscriptFile, TranscriptSegment, TranscriptSettings } from "@rapporteur/shared/transcript/transcript";
import type { MaybePromise } from "./document-store.js";

/** A meeting's transcript as stored beside it (never inside the report document). */
export interface StoredTranscript {
  file: TranscriptFile | null;
  settings: TranscriptSettings;
  /** In `seq` order: the upload's cues, then live captions as they came. */
  segments: StoredSegment[];
  /** The id inside the one captioner token that works; null when no captioner link is active. */
  captionerTokenId: string | null;
}

/** Answer of `appendCaptions` when the meeting's transcript is at `LIMITS.maxTranscriptSegments`. */
export const TRANSCRIPT_FULL = "full" as const;

/**
 * Transcripts and live captions. Every write is one transaction; a transcript belongs to an
 * existing meeting (writes for an unknown meeting throw).
 */
export interface TranscriptStore {
  getTranscript(meetingId: string): MaybePromise<StoredTranscript | undefined>;
  /**
   * An uploaded file replaces every segment (live captions included) and the hand-placed
   * boundaries and offset, which belonged to the old timing; confirmed speakers and the
   * captioner link stay.
   */
  replaceTranscript(meetingId: string, file: TranscriptFile, segments: readonly TranscriptSegment[]): MaybePromise<void>;
  /** Appends live captions after the last segment; all or none, and none past the limit. */
  appendCaptions(meetingId: string, segments: readonly TranscriptSegment[]): MaybePromise<StoredSegment[] | typeof TRANSCRIPT_FULL>;
  /** The settings alone (a caption post needs the offset, not 50 000 segments). */
  getTranscriptSettings(meetingId: string): MaybePromise<TranscriptSettings | undefined>;
  saveTranscriptSettings(meetingId: string, settings: TranscriptSettings): MaybePromise<void>;
  getCaptionerTokenId(meetingId: string): MaybePromise<string | null>;
  setCaptionerTokenId(meetingId: string, tokenId: string | null): MaybePromise<void>;
  /** Removes the file, every segment, the settings and the captioner link. */
  deleteTranscript(meetingId: string): MaybePromise<void>;
}
