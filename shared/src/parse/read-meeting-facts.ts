const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
// Full or abbreviated month names ("April", "Apr.", "Sept"); the first three letters tell the month.
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?";
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s*(\\d{4})?`, "i");
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(\\d{4})?`, "i");
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const TIME = /\b(\d{1,2})[:.](\d{2})\s*(a\.?m\.?|p\.?m\.?)?\s*(?:UTC|GMT)/i;
/** "13:00–14:30 UTC": the meeting starts at the first time. */
const TIME_RANGE = /\b(\d{1,2})[:.](\d{2})\s*(a\.?m\.?|p\.?m\.?)?\s*(?:[-–—]|to)\s*\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?\s*(?:UTC|GMT)/i;

export interface MeetingDate {
  year?: number;
  month: number;
  day: number;
}

interface DateMatch {
  start: number;
  end: number;
  date: MeetingDate;
}

/** The earliest date written in any of the usual ways, with where it stands. */
function firstDateMatch(text: string): DateMatch | undefined {
  const found: DateMatch[] = [];
  const at = (match: RegExpExecArray, date: MeetingDate) => found.push({ start: match.index, end: match.index + match[0].length, date });
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) at(dayFirst, withYear(Number(dayFirst[1]), dayFirst[2]!, dayFirst[3]));
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) at(monthFirst, withYear(Number(monthFirst[2]), monthFirst[1]!, monthFirst[3]));
  const iso = ISO_DATE.exec(text);
  if (iso && Number(iso[2]) <= 12) at(iso, { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) });
  return found.sort((a, b) => a.start - b.start)[0];
}

/** The first date in a text ("16 February 2023", "July 2nd 2020", "16 Feb", "2023-02-16"). */
export function readDate(text: string): MeetingDate | undefined {
  return firstDateMatch(text)?.date;
}

/** Where the first date of a text stands: its start and end. */
export function findDateSpan(text: string): { start: number; end: number } | undefined {
  const match = firstDateMatch(text);
  return match && { start: match.start, end: match.end };
}

function withYear(day: number, month: string, year: string | undefined): MeetingDate {
  return { day, month: MONTHS.findIndex((name) => name.startsWith(month.slice(0, 3).toLowerCase())) + 1, ...(year ? { year: Number(year) } : {}) };
}

/** "14:00 UTC", "2 p.m. UTC" style times, as hours and minutes in UTC. */
export function readTime(text: string): { hour: number; minute: number } | undefined {
  const match = TIME_RANGE.exec(text) ?? TIME.exec(text);
  if (!match) return undefined;
  let hour = Number(match[1]);
  if (/p/i.test(match[3] ?? "") && hour < 12) hour += 12;
  return hour < 24 ? { hour, minute: Number(match[2]) } : undefined;
}

/** "The 51st virtual meeting", "The fifth online meeting": the meeting's number. */
export function readMeetingOrdinal(text: string): number | undefined {
  const numeric = /\b(\d{1,4})(?:st|nd|rd|th)\s+(?:\w+\s+){0,2}meeting/i.exec(text);
  if (numeric) return Number(numeric[1]);
  const word = new RegExp(`\\b(${ORDINAL_WORDS.join("|")})\\s+(?:\\w+\\s+){0,2}meeting`, "i").exec(text);
  return word ? ORDINAL_WORDS.indexOf(word[1]!.toLowerCase()) + 1 : undefined;
}

/** "moderated by Titti Cassa", "hosted and moderated by the co-chairs, A and B": the people named. */
export function readPeopleAfter(text: string, verb: "hosted" | "moderated"): string[] {
  const match = new RegExp(`\\b(?:hosted and moderated|${verb}(?: and \\w+)?)\\s+by\\s+([^.;]+)`, "i").exec(text);
  if (!match) return [];
  return match[1]!
    .split(/,|\band\b/)
    .map((part) => part.trim())
    .filter((part) => /^(\p{Lu}[\p{L}'’-]+)(\s+\p{Lu}[\p{L}'’-]+){1,3}$/u.test(part));
}

/** The group's name in an opening sentence: "meeting of the … was held/hosted". */
export function readSeriesFromOpening(text: string): string | undefined {
  const match = /\bmeeting of (?:the )?(.{6,160}?)\s+(?:was|were|took place)\b/i.exec(text);
  return match?.[1]?.trim();
}

export function toIsoDate(date: MeetingDate | undefined, time: { hour: number; minute: number } | undefined): string | undefined {
  if (!date?.year || date.month < 1) return undefined;
  return new Date(Date.UTC(date.year, date.month - 1, date.day, time?.hour ?? 0, time?.minute ?? 0)).toISOString();
}
