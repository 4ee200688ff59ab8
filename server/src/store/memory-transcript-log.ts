import { DEFAULT_TRANSCRIPT_SETTINGS, LIMITS, type StoredSegment, type TranscriptFile, type TranscriptSegment, type TranscriptSettings } from "@rapporteur/shared";
import { TRANSCRIPT_FULL, type StoredTranscript, type TranscriptStore } from "./transcript-store.js";

/** Transcripts in a map; `hasMeeting` is the owning store's existence check. */
export class MemoryTranscriptLog implements TranscriptStore {
  private readonly transcripts = new Map<string, StoredTranscript>();

  constructor(private readonly hasMeeting: (meetingId: string) => boolean) {}

  getTranscript(meetingId: string): StoredTranscript | undefined {
    const transcript = this.transcripts.get(meetingId);
    return transcript && structuredClone(transcript);
  }

  replaceTranscript(meetingId: string, file: TranscriptFile, segments: readonly TranscriptSegment[]): void {
    const current = this.existing(meetingId);
    this.transcripts.set(meetingId, {
      file: { ...file },
      settings: { ...DEFAULT_TRANSCRIPT_SETTINGS, speakers: current.settings.speakers },
      segments: segments.map((segment, index) => ({ ...segment, seq: index + 1, source: "upload" })),
      captionerTokenId: current.captionerTokenId,
    });
  }

  appendCaptions(meetingId: string, segments: readonly TranscriptSegment[]): StoredSegment[] | typeof TRANSCRIPT_FULL {
    const current = this.existing(meetingId);
    if (current.segments.length + segments.length > LIMITS.maxTranscriptSegments) return TRANSCRIPT_FULL;
    const last = current.segments[current.segments.length - 1]?.seq ?? 0;
    const added = segments.map((segment, index): StoredSegment => ({ ...segment, seq: last + index + 1, source: "captions" }));
    current.segments.push(...added);
    this.transcripts.set(meetingId, current);
    return structuredClone(added);
  }

  getTranscriptSettings(meetingId: string): TranscriptSettings | undefined {
    const settings = this.transcripts.get(meetingId)?.settings;
    return settings && structuredClone(settings);
  }

  saveTranscriptSettings(meetingId: string, settings: TranscriptSettings): void {
    this.transcripts.set(meetingId, { ...this.existing(meetingId), settings: structuredClone(settings) });
  }

  getCaptionerTokenId(meetingId: string): string | null {
    return this.transcripts.get(meetingId)?.captionerTokenId ?? null;
  }

  setCaptionerTokenId(meetingId: string, tokenId: string | null): void {
    this.transcripts.set(meetingId, { ...this.existing(meetingId), captionerTokenId: tokenId });
  }

  deleteTranscript(meetingId: string): void {
    this.transcripts.delete(meetingId);
  }

  private existing(meetingId: string): StoredTranscript {
    if (!this.hasMeeting(meetingId)) throw new Error(`no meeting ${meetingId}`);
    return this.transcripts.get(meetingId) ?? { file: null, settings: structuredClone(DEFAULT_TRANSCRIPT_SETTINGS), segments: [], captionerTokenId: null };
  }
}
