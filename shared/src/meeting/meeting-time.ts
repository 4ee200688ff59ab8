import type { ItemTimes } from "../document/summary-export.js";

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const ORDINAL_WORDS = [
  "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
  "nineteenth", "twentieth",
];

/** "16 February 2023" (always UTC: the reports state times in UTC). */
export function formatMeetingDate(iso: string): string {
  const date = new Date(iso);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "14:00" in UTC. */
export function formatMeetingTime(iso: string): string {
  const date = new Date(iso);
  return `${String(date.getUTCHours()).padStart(2, "0")}:${String(date.getUTCMinutes()).padStart(2, "0")}`;
}

/** When an agenda item was discussed: "14:20–14:42 UTC", or "14:20 UTC" while it is still open. */
export function formatItemTimes(times: ItemTimes[string] | undefined): string | null {
  if (!times) return null;
  const end = times.endedAt ? `–${formatMeetingTime(times.endedAt)}` : "";
  return `${formatMeetingTime(times.startedAt)}${end} UTC`;
}

export function formatWeekday(iso: string): string {
  return WEEKDAYS[new Date(iso).getUTCDay()] ?? "";
}

/** "2023-02-16", for file names. */
export function formatIsoDay(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10);
}

/** 51 → "51st", 12 → "12th". */
export function formatOrdinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}

/** 5 → "fifth"; past twenty the numeric form reads better. */
export function formatOrdinalWord(n: number): string {
  return ORDINAL_WORDS[n] ?? formatOrdinal(n);
}
