import { readWhen } from "./read-when.js";
import { DOCUMENT_KIND } from "./summary-keywords.js";
import { trimBoth } from "./trim-trailing.js";

const TITLE_WORDS = /\b(meeting|session|call|webinar|workshop)\b/i;
const SEPARATORS = "—–-,|:;/·•";
const TIME_PART = /^(at\s+)?\d{1,2}[:.]\d{2}(\s*[-–]\s*\d{1,2}[:.]\d{2})?\s*(a\.?m\.?|p\.?m\.?)?\s*(UTC|GMT|CET|CEST)?([+-]\d{1,2})?/i;

/**
 * The meeting's title on a line that also gives its date: "Call 3 — 5 May 2022, 15:00 UTC",
 * "Meeting VII | 12 April 2023", "5 May 2022 - Call 3". Undefined when no part names a meeting.
 */
export function readTitleFromMeetingLine(line: string): string | undefined {
  const span = readWhen(line);
  if (!span?.date) return undefined;
  const before = trimBoth(line.slice(0, span.start).replace(/\b(held\s+)?on\s*$/i, ""), SEPARATORS);
  const after = trimBoth(trimBoth(line.slice(span.end), SEPARATORS).replace(TIME_PART, ""), SEPARATORS);
  return [before, after].find((part) => part.length > 0 && part.length <= 80 && TITLE_WORDS.test(part) && !DOCUMENT_KIND.test(part));
}
