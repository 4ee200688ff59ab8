import { formatMeetingDate, formatMeetingTime, formatWeekday } from "@rapporteur/shared";

/**
 * Dates and times are typed in UTC in every form (new meeting, details, schedule next, import):
 * these turn a date input and a time input into the ISO instant the API takes, and back.
 */

/**
 * A time typed as 24-hour UTC ("14:00", "9:30"). Forms use a text input with this pattern rather
 * than `type="time"`, which shows 12-hour "01:00 PM" in many browsers' locales.
 */
export const UTC_TIME_INPUT = { inputMode: "numeric", pattern: "([01]?[0-9]|2[0-3]):[0-5][0-9]", placeholder: "14:00", maxLength: 5 } as const;

/** "2023-02-16" and "14:00" (empty: midnight) → "2023-02-16T14:00:00Z". */
export function utcStartsAt(date: string, time: string): string {
  return `${date}T${time || "00:00"}:00Z`;
}

/** "2023-02-16T14:00:00.000Z" → the values of the date and time inputs, in UTC. */
export function utcDateAndTime(startsAt: string): { date: string; time: string } {
  return { date: startsAt.slice(0, 10), time: startsAt.slice(11, 16) };
}

/**
 * "Thursday, 2 March 2023, 10:00 UTC", as the report will say it: the browser shows a date input
 * in its own locale (03/02/2023), these words remove the doubt.
 */
export function describeUtc(date: string, time: string): string {
  const startsAt = utcStartsAt(date, time);
  if (Number.isNaN(Date.parse(startsAt))) return "Choose a date and a time (UTC).";
  return `${formatWeekday(startsAt)}, ${formatMeetingDate(startsAt)}, ${formatMeetingTime(startsAt)} UTC`;
}
