import { LIMITS } from "../limits.js";
import { readCueText } from "./cue-text.js";
import { readTimestamp } from "./read-timestamp.js";
import { TranscriptParseError } from "./transcript-parse-error.js";
import type { TranscriptSegment } from "./transcript.js";

/** "[00:12:31] Name: text", "(12:31) Name: text" or "00:12:31 Name: text". */
const STAMPED = /^[[(]?(\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)[\])]?(?:[ \t]+(.*))?$/;

/**
 * A captioner's or note-taker's plain text: each line opens with a time; lines without one
 * continue the line before. A segment ends where the next one starts.
 */
export function parseTimestampedText(lines: readonly string[]): TranscriptSegment[] {
  const open: Array<{ start: number; payload: string[]; line: number }> = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!.trim();
    if (line === "") continue;
    const match = STAMPED.exec(line);
    const start = match ? readTimestamp(match[1]!) : undefined;
    if (start !== undefined) {
      if (open.length >= LIMITS.maxTranscriptSegments) throw new TranscriptParseError(index + 1, `more than ${LIMITS.maxTranscriptSegments} lines`);
      open.push({ start, payload: [match![2] ?? ""], line: index + 1 });
    } else if (open.length > 0) {
      open[open.length - 1]!.payload.push(line);
    } else {
      throw new TranscriptParseError(index + 1, 'expected a line starting with a time, like "[00:12:31] Name: text"');
    }
  }
  if (open.length === 0) throw new TranscriptParseError(1, 'no line starts with a time, like "[00:12:31] Name: text"');
  return toSegments(open);
}

function toSegments(open: Array<{ start: number; payload: string[]; line: number }>): TranscriptSegment[] {
  const segments: TranscriptSegment[] = [];
  open.forEach((entry, index) => {
    const next = open[index + 1];
    if (next && next.start < entry.start) throw new TranscriptParseError(next.line, "this time is earlier than the line before it");
    const { speaker, text } = readCueText(entry.payload.join("\n"));
    if (text) segments.push({ start: entry.start, end: next ? next.start : entry.start, speaker, text });
  });
  return segments;
}
