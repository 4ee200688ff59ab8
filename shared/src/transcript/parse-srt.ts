import { readTimedCues } from "./read-timed-cues.js";
import type { TranscriptSegment } from "./transcript.js";

/** SubRip: numbered blocks, `00:00:01,000 --> 00:00:04,000`, the text. */
export function parseSrt(lines: readonly string[]): TranscriptSegment[] {
  return readTimedCues(lines, 0, { format: "SRT" });
}
