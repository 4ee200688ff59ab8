import {
  LIMITS,
  parseTranscript,
  TranscriptParseError,
  type CaptionCue,
  type Transcript,
  type TranscriptSettings,
  type UploadTranscriptRequest,
} from "@rapporteur/shared";
import type { CaptionerTokens } from "../access/captioner-tokens.js";
import type { MeetingAccess } from "../access/meeting-access.js";
import type { RoomRegistry } from "../collab/room-registry.js";
import { HttpError, notFound } from "../errors.js";
import type { Store } from "../store/store.js";
import { TRANSCRIPT_FULL } from "../store/transcript-store.js";

/**
 * A meeting's transcript: uploads, the note-takers' settings, live captions and the captioner
 * link. Each change is stored, then the open pages are told through the room's notices.
 */
export class MeetingTranscripts {
  constructor(
    private readonly store: Store,
    private readonly rooms: RoomRegistry,
    private readonly captionerTokens: CaptionerTokens,
  ) {}

  /** The transcript, or only the segments after `after` (a page that has the rest). */
  async read(meetingId: string, after = 0): Promise<Transcript> {
    const stored = await this.store.transcripts.getTranscript(meetingId);
    if (!stored) return { file: null, settings: { offsetMs: 0, boundaries: [], speakers: {} }, segments: [], count: 0, captioning: false };
    const segments = after > 0 ? stored.segments.filter((segment) => segment.seq > after) : stored.segments;
    return { file: stored.file, settings: stored.settings, segments, count: stored.segments.length, captioning: stored.captionerTokenId !== null };
  }

  async upload(meetingId: string, request: UploadTranscriptRequest, access: MeetingAccess): Promise<{ format: string; segments: number }> {
    let parsed;
    try {
      parsed = parseTranscript(request.text, request.format);
    } catch (error) {
      if (!(error instanceof TranscriptParseError)) throw error;
      throw new HttpError(400, "invalid_transcript", `the transcript cannot be read: ${error.message}`, [{ path: "text", message: error.message }]);
    }
    const file = { fileName: request.fileName, format: parsed.format, uploadedAt: new Date().toISOString(), uploadedBy: access.actor };
    await this.store.transcripts.replaceTranscript(meetingId, file, parsed.segments);
    this.announce(meetingId, `${access.actor} uploaded a transcript.`);
    return { format: parsed.format, segments: parsed.segments.length };
  }

  async saveSettings(meetingId: string, settings: TranscriptSettings): Promise<TranscriptSettings> {
    await this.store.transcripts.saveTranscriptSettings(meetingId, settings);
    this.announce(meetingId, "The transcript's alignment or speakers changed.");
    return settings;
  }

  async remove(meetingId: string, access: MeetingAccess): Promise<void> {
    await this.store.transcripts.deleteTranscript(meetingId);
    this.announce(meetingId, `${access.actor} removed the transcript.`);
  }

  /** A new captioner token; the one issued before stops working. */
  async issueCaptionerToken(meetingId: string): Promise<string> {
    const { token, tokenId } = await this.captionerTokens.issue(meetingId);
    await this.store.transcripts.setCaptionerTokenId(meetingId, tokenId);
    this.announce(meetingId, "A captioner link was issued.");
    return token;
  }

  async revokeCaptionerToken(meetingId: string): Promise<void> {
    await this.store.transcripts.setCaptionerTokenId(meetingId, null);
    this.announce(meetingId, "The captioner link was revoked.");
  }

  /** Live cues, in transcript time: a cue without times is placed at the server's clock. */
  async addCaptions(meetingId: string, cues: readonly CaptionCue[]): Promise<number> {
    const meeting = await this.store.getMeeting(meetingId);
    if (!meeting) throw notFound("meeting");
    const offsetMs = (await this.store.transcripts.getTranscriptSettings(meetingId))?.offsetMs ?? 0;
    const now = Date.now() - Date.parse(meeting.startsAt);
    // A meeting dated far from today (a wrong date, a test call) must not push times out of range.
    const place = (ms: number) => Math.min(LIMITS.maxTranscriptMs, Math.max(0, ms - offsetMs));
    const segments = cues.map((cue) => {
      const start = place(cue.start ?? now);
      return { start, end: Math.max(start, place(cue.end ?? cue.start ?? now)), speaker: cue.speaker, text: cue.text };
    });
    const added = await this.store.transcripts.appendCaptions(meetingId, segments);
    if (added === TRANSCRIPT_FULL) throw new HttpError(409, "transcript_full", "this meeting's transcript has reached its segment limit");
    this.announce(meetingId, `${added.length} caption${added.length === 1 ? "" : "s"} arrived.`);
    return added.length;
  }

  private announce(meetingId: string, message: string): void {
    this.rooms.announceTranscript(meetingId, message);
  }
}
