import { z } from "zod";
import { LIMITS } from "../limits.js";

/** Milliseconds; an upload's are from the recording's start, a live caption's from the meeting's start. */
const MillisecondsSchema = z.number().int().min(0).max(LIMITS.maxTranscriptMs);

/** One cue as the file wrote it: the speaker exactly as written ("" when the cue names nobody). */
export const TranscriptSegmentSchema = z.object({
  start: MillisecondsSchema,
  end: MillisecondsSchema,
  speaker: z.string().max(LIMITS.maxNameChars),
  text: z.string().min(1).max(LIMITS.maxSegmentChars),
});
export type TranscriptSegment = z.infer<typeof TranscriptSegmentSchema>;

export const TranscriptSourceSchema = z.enum(["upload", "captions"]);
export type TranscriptSource = z.infer<typeof TranscriptSourceSchema>;

/** A stored segment: its place in the meeting's transcript and where it came from. */
export const StoredSegmentSchema = TranscriptSegmentSchema.extend({
  seq: z.number().int().min(1),
  source: TranscriptSourceSchema,
});
export type StoredSegment = z.infer<typeof StoredSegmentSchema>;

export const TranscriptFormatSchema = z.enum(["vtt", "srt", "text"]);
export type TranscriptFormat = z.infer<typeof TranscriptFormatSchema>;

/** "This item starts here": a hand-placed start, in the recording's time. */
export const TranscriptBoundarySchema = z.object({
  agendaItemId: z.string().min(1).max(64),
  start: MillisecondsSchema,
});
export type TranscriptBoundary = z.infer<typeof TranscriptBoundarySchema>;

/**
 * What the note-takers decided about a transcript: the recording's offset from the meeting's
 * start (positive when it started late), hand-placed boundaries, and confirmed speakers (the
 * name as written → a participant id, or null for "nobody on the list").
 */
export const TranscriptSettingsSchema = z.object({
  offsetMs: z.number().int().min(-86_400_000).max(86_400_000).default(0),
  boundaries: z.array(TranscriptBoundarySchema).max(LIMITS.maxTranscriptBoundaries).default([]),
  speakers: z
    .record(z.string().max(LIMITS.maxNameChars), z.string().max(64).nullable())
    .refine((record) => Object.keys(record).length <= LIMITS.maxTranscriptSpeakers, `at most ${LIMITS.maxTranscriptSpeakers} speakers`)
    .default({}),
});
export type TranscriptSettings = z.infer<typeof TranscriptSettingsSchema>;

export const DEFAULT_TRANSCRIPT_SETTINGS: TranscriptSettings = { offsetMs: 0, boundaries: [], speakers: {} };

/** The uploaded file, when there is one. */
export const TranscriptFileSchema = z.object({
  fileName: z.string().max(255),
  format: TranscriptFormatSchema,
  uploadedAt: z.string(),
  uploadedBy: z.string().max(100),
});
export type TranscriptFile = z.infer<typeof TranscriptFileSchema>;

/** `GET /api/meetings/:id/transcript`: everything the panel needs to align and resolve. */
export const TranscriptSchema = z.object({
  file: TranscriptFileSchema.nullable(),
  settings: TranscriptSettingsSchema,
  segments: z.array(StoredSegmentSchema),
  /** Segments stored in all (numbered 1..count): a page holding fewer than it expects re-reads the whole transcript. */
  count: z.number().int().min(0),
  /** Whether a captioner link is active. */
  captioning: z.boolean(),
});
export type Transcript = z.infer<typeof TranscriptSchema>;

/** `POST /api/meetings/:id/transcript` as JSON; raw `text/vtt` or `text/plain` bodies are read too. */
export const UploadTranscriptRequestSchema = z.object({
  text: z.string().min(1, "must not be empty").max(LIMITS.maxTranscriptChars, `at most ${LIMITS.maxTranscriptChars} characters`),
  fileName: z.string().trim().max(255).default("transcript"),
  format: TranscriptFormatSchema.optional(),
});
export type UploadTranscriptRequest = z.infer<typeof UploadTranscriptRequestSchema>;

/** A live cue: times are optional (the server's clock is used), in ms since the meeting's start. */
export const CaptionCueSchema = z.object({
  text: z.string().trim().min(1, "must not be empty").max(LIMITS.maxSegmentChars),
  speaker: z.string().trim().max(LIMITS.maxNameChars).default(""),
  start: MillisecondsSchema.optional(),
  end: MillisecondsSchema.optional(),
});
export type CaptionCue = z.infer<typeof CaptionCueSchema>;

export const PostCaptionsRequestSchema = z.object({
  cues: z.array(CaptionCueSchema).min(1).max(LIMITS.maxCaptionCuesPerPost),
});
export type PostCaptionsRequest = z.infer<typeof PostCaptionsRequestSchema>;
