const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
const MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december)";
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s*(\\d{4})?`, "i");
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(\\d{4})?`, "i");
const TIME = /\b(\d{1,2})[:.](\d{2})\s*(a\.?m\.?|p\.?m\.?)?\s*(?:UTC|GMT)/i;

export interface MeetingDate {
  year?: number;
  month: number;
  day: number;
}

/** The first date in a text ("16 February 2023", "July 2nd 2020", "16 February"). */
export function readDate(text: string): MeetingDate | undefined {
  const dayFirst = DAY_FIRST.exec(text);
  const monthFirst = MONTH_FIRST.exec(text);
  const pick = dayFirst && (!monthFirst || dayFirst.index <= monthFirst.index) ? "day" : monthFirst ? "month" : undefined;
  if (pick === "day" && dayFirst) return withYear(Number(dayFirst[1]), dayFirst[2]!, dayFirst[3]);
  if (pick === "month" && monthFirst) return withYear(Number(monthFirst[2]), monthFirst[1]!, monthFirst[3]);
  return undefined;
}

/** Where the first date of a text stands: its start and end. */
export function findDateSpan(text: string): { start: number; end: number } | undefined {
  const match = [DAY_FIRST.exec(text), MONTH_FIRST.exec(text)].filter((found) => found !== null).sort((a, b) => a.index - b.index)[0];
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

function withYear(day: number, month: string, year: string | undefined): MeetingDate {
  return { day, month: MONTHS.indexOf(month.toLowerCase()) + 1, ...(year ? { year: Number(year) } : {}) };
}

/** "14:00 UTC", "2 p.m. UTC" style times, as hours and minutes in UTC. */
export function readTime(text: string): { hour: number; minute: number } | undefined {
  const match = TIME.exec(text);
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
