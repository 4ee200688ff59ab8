import { readTimedCues } from "./read-timed-cues.js";
import { TranscriptParseError } from "./transcript-parse-error.js";
import type { TranscriptSegment } from "./transcript.js";

const HEADER = /^WEBVTT(?:[ \t].*)?$/;
const NON_CUE_BLOCK = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/;

/** WebVTT as Zoom, Teams and Meet write it; `lines` already split, without a BOM. */
export function parseWebVtt(lines: readonly string[]): TranscriptSegment[] {
  if (!HEADER.test(lines[0] ?? "")) throw new TranscriptParseError(1, 'a WebVTT file starts with "WEBVTT"');
  // The header block (WEBVTT and any metadata lines) ends at the first blank line.
  let start = 1;
  while (start < lines.length && lines[start]!.trim() !== "") {
    if (lines[start]!.includes("-->")) throw new TranscriptParseError(start + 1, "a blank line must separate the WEBVTT header from the first cue");
    start += 1;
  }
  return readTimedCues(lines, start, { format: "WebVTT", skipBlock: (first) => NON_CUE_BLOCK.test(first) });
}
