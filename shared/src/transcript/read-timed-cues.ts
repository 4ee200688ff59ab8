import { LIMITS } from "../limits.js";
import { readCueText } from "./cue-text.js";
import { readTimestamp } from "./read-timestamp.js";
import { TranscriptParseError } from "./transcript-parse-error.js";
import type { TranscriptSegment } from "./transcript.js";

/** `start --> end`, then WebVTT cue settings we do not need. */
const TIMING = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t].*)?$/;

export interface TimedCueOptions {
  /** WebVTT's NOTE, STYLE and REGION blocks carry no speech and are skipped. */
  skipBlock?: (firstLine: string) => boolean;
  format: "WebVTT" | "SRT";
}

/**
 * Reads blank-line separated cue blocks (an optional identifier line, a timing line, the
 * payload lines) from `from` on. One pass over the lines; a block without a readable timing
 * line is refused naming its line.
 */
export function readTimedCues(lines: readonly string[], from: number, options: TimedCueOptions): TranscriptSegment[] {
  const segments: TranscriptSegment[] = [];
  let index = from;
  while (index < lines.length) {
    if (lines[index]!.trim() === "") {
      index += 1;
      continue;
    }
    const blockEnd = endOfBlock(lines, index);
    if (!options.skipBlock?.(lines[index]!)) {
      const segment = readCueBlock(lines, index, blockEnd, options.format);
      if (segment) {
        if (segments.length >= LIMITS.maxTranscriptSegments) throw new TranscriptParseError(index + 1, `more than ${LIMITS.maxTranscriptSegments} cues`);
        segments.push(segment);
      }
    }
    index = blockEnd;
  }
  return segments;
}

function endOfBlock(lines: readonly string[], start: number): number {
  let end = start;
  while (end < lines.length && lines[end]!.trim() !== "") end += 1;
  return end;
}

function readCueBlock(lines: readonly string[], start: number, end: number, format: TimedCueOptions["format"]): TranscriptSegment | undefined {
  const timingIndex = lines[start]!.includes("-->") ? start : start + 1;
  if (timingIndex >= end || !lines[timingIndex]!.includes("-->")) {
    throw new TranscriptParseError(start + 1, `expected a ${format} cue: a timing line "00:00:01${format === "SRT" ? "," : "."}000 --> 00:00:04${format === "SRT" ? "," : "."}000"`);
  }
  const timing = TIMING.exec(lines[timingIndex]!.trim());
  const begin = timing ? readTimestamp(timing[1]!) : undefined;
  const finish = timing ? readTimestamp(timing[2]!) : undefined;
  if (begin === undefined || finish === undefined) throw new TranscriptParseError(timingIndex + 1, `unreadable cue timing "${clipped(lines[timingIndex]!)}"`);
  if (finish < begin) throw new TranscriptParseError(timingIndex + 1, "the cue ends before it starts");
  const { speaker, text } = readCueText(lines.slice(timingIndex + 1, end).join("\n"));
  return text ? { start: begin, end: finish, speaker, text } : undefined;
}

function clipped(line: string): string {
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}
