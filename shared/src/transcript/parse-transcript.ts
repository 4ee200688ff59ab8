import { LIMITS } from "../limits.js";
import { parseSrt } from "./parse-srt.js";
import { parseTimestampedText } from "./parse-timestamped-text.js";
import { parseWebVtt } from "./parse-webvtt.js";
import { TranscriptParseError } from "./transcript-parse-error.js";
import type { TranscriptFormat, TranscriptSegment } from "./transcript.js";

export interface ParsedTranscript {
  format: TranscriptFormat;
  segments: TranscriptSegment[];
}

/**
 * A transcript file into segments: WebVTT, SRT or timestamped plain text, told by `format`
 * or recognised from the content. Throws `TranscriptParseError` naming the line at fault.
 */
export function parseTranscript(text: string, format?: TranscriptFormat): ParsedTranscript {
  if (text.length > LIMITS.maxTranscriptChars) throw new TranscriptParseError(1, `the file is over ${LIMITS.maxTranscriptChars} characters`);
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const chosen = format ?? detectFormat(lines);
  const segments = chosen === "vtt" ? parseWebVtt(lines) : chosen === "srt" ? parseSrt(lines) : parseTimestampedText(lines);
  if (segments.length === 0) throw new TranscriptParseError(1, "the file has no cue with text");
  return { format: chosen, segments };
}

/** WEBVTT on the first line; SRT when the first block is a number over a timing line. */
function detectFormat(lines: readonly string[]): TranscriptFormat {
  if (/^WEBVTT(?:\s|$)/.test(lines[0] ?? "")) return "vtt";
  const first = lines.findIndex((line) => line.trim() !== "");
  if (first === -1) return "text";
  const opening = lines[first]!.trim();
  if (opening.includes("-->") || (/^\d+$/.test(opening) && (lines[first + 1] ?? "").includes("-->"))) return "srt";
  return "text";
}
