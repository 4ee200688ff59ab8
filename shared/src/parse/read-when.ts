import * as chrono from "chrono-node/en";

/** Dates and times stand early on a short line: longer text is not searched (chrono is regex-based). */
const MAX_CHARS = 300;

export interface MeetingDate {
  year?: number;
  month: number;
  day: number;
}

export interface MeetingTime {
  hour: number;
  minute: number;
  /** Minutes east of UTC of a zone the text stated ("CET", "EST", "UTC+2"); undefined when none was. */
  offset?: number;
  /** How the text wrote the zone, for the warning that it was converted. */
  zone?: string;
}

export interface When {
  date?: MeetingDate;
  time?: MeetingTime;
  start: number;
  end: number;
}

/**
 * Forms chrono-node does not read: "13h00" (French style) and "14:00 p.m." (a 24-hour time
 * with a stray p.m., as in real reports). The text keeps its length, so positions still hold.
 */
function prepare(text: string): string {
  return text
    .slice(0, MAX_CHARS)
    .replace(/\b(\d{1,2})h(\d{2})\b/g, "$1:$2")
    // "Meeting 12", "Call No. 3": the number of a meeting, never an hour.
    .replace(/\b(meeting|call|session|no\.?|number|#)(\s*)(\d{1,4})\b/gi, (_whole: string, word: string, space: string, digits: string) => `${word}${space}${"N".repeat(digits.length)}`)
    .replace(/\b(1[3-9]|2[0-3])([:.]\d{2})(\s*)([ap])\.?\s?m\.?/gi, (whole: string, hour: string, minutes: string) => `${hour}${minutes}`.padEnd(whole.length, " "))
    // "Call 3 - 5 May", "Call 3 | 5 May": a separator, not a range of days (a range of times stays).
    .replace(/\s[-–—|]\s(?!\d{1,2}([:.h]\d{2}|\s?[ap]\.?m))/g, " , ");
}

function timeOf(result: chrono.ParsedResult, text: string): MeetingTime | undefined {
  if (!result.start.isCertain("hour")) return undefined;
  const hour = result.start.get("hour") ?? 0;
  const minute = result.start.get("minute") ?? 0;
  // "noon to 1 p.m. UTC": the zone written once, after the range, is the start's too.
  const zoned = result.start.isCertain("timezoneOffset") ? result.start : result.end?.isCertain("timezoneOffset") ? result.end : undefined;
  if (!zoned) return { hour, minute };
  const offset = zoned.get("timezoneOffset") ?? 0;
  const zones = text.slice(result.index, result.index + result.text.length).match(/\b(UTC|GMT)([+-]\d{1,2}(:\d{2})?)?|\b[A-Z]{2,5}\b/g);
  const zone = zones?.[zones.length - 1];
  return { hour, minute, offset, ...(zone ? { zone } : {}) };
}

/** The first date (day and month at least) and time written in any usual English form, with where they stand. */
export function readWhen(text: string): When | undefined {
  const prepared = prepare(text);
  let found: When | undefined;
  const results = chrono.parse(prepared, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  for (const [index, result] of results.entries()) {
    const dated = result.start.isCertain("day") && result.start.isCertain("month");
    const time = timeOf(result, prepared);
    const when: When = {
      ...(dated ? { date: { month: result.start.get("month")!, day: result.start.get("day")!, ...(result.start.isCertain("year") ? { year: result.start.get("year")! } : {}) } } : {}),
      ...(time ? { time } : {}),
      start: result.index,
      end: result.index + result.text.length,
    };
    if (dated) return when.time ? when : withTimeNearby(when, found, results[index + 1], prepared);
    found ??= time ? when : undefined;
  }
  return found;
}

/** "5 May 2022 | 15:00 UTC": a time just before or after the date, read apart by chrono, is the date's. */
function withTimeNearby(when: When, before: When | undefined, next: chrono.ParsedResult | undefined, text: string): When {
  if (before?.time) return { ...when, time: before.time };
  const time = next && !next.start.isCertain("day") && next.index - when.end <= 12 ? timeOf(next, text) : undefined;
  return time ? { ...when, time } : when;
}

/** The first date in a text ("16 February 2023", "July 2nd 2020", "16 Feb", "2023-02-16"). */
export function readDate(text: string): MeetingDate | undefined {
  return readWhen(text)?.date;
}

/** The first time of day in a text ("14:00 UTC", "1 p.m.", "1pm", "13h00", "noon", the start of a range). */
export function readTime(text: string): MeetingTime | undefined {
  return readWhen(text)?.time;
}

/** The moment in UTC: a time stated in another zone is moved by its offset; no time is 00:00. */
export function toIsoDate(date: MeetingDate | undefined, time: MeetingTime | undefined): string | undefined {
  if (!date?.year || date.month < 1) return undefined;
  const local = Date.UTC(date.year, date.month - 1, date.day, time?.hour ?? 0, time?.minute ?? 0);
  return new Date(local - (time?.offset ?? 0) * 60_000).toISOString();
}
