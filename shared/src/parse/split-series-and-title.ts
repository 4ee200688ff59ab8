import { DOCUMENT_KIND } from "./summary-keywords.js";

const TITLE_WORDS = /\b(meeting|session|call|webinar|workshop)\b/i;
const SEPARATOR = /\s+[—–|-]\s+|:\s+/;

/**
 * "BPF Cybersecurity – Call 5", "IGF Policy Network on Fragmentation: Meeting 4": the group's
 * name and the meeting's title on one line. Undefined unless exactly one side names a meeting.
 */
export function splitSeriesAndTitle(line: string): { series: string; title: string } | undefined {
  const parts = line.split(SEPARATOR).map((part) => part.trim());
  if (parts.length !== 2 || parts.some((part) => !part)) return undefined;
  const [first, second] = parts as [string, string];
  const named = (part: string) => TITLE_WORDS.test(part) && !DOCUMENT_KIND.test(part);
  if (named(second) && !TITLE_WORDS.test(first)) return { series: first, title: second };
  if (named(first) && !TITLE_WORDS.test(second)) return { series: second, title: first };
  return undefined;
}
