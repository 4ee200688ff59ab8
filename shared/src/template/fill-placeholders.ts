import type { Meeting } from "../meeting/meeting.js";
import { meetingOrdinalValue } from "../meeting/meeting-number.js";
import {
  formatMeetingDate,
  formatMeetingTime,
  formatOrdinal,
  formatOrdinalWord,
  formatWeekday,
} from "../meeting/meeting-time.js";
import type { Placeholder } from "./report-template.js";

/** "A", "A and B", "A, B and C": how the reports list people. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** The value of each placeholder for one meeting. */
export function placeholderValues(meeting: Meeting): Record<Placeholder, string> {
  const ordinal = meetingOrdinalValue(meeting.number);
  const people = [...new Set([...meeting.hosts, ...meeting.moderators])];
  return {
    series: meeting.series,
    title: meeting.title,
    number: meeting.number === undefined ? "" : String(meeting.number),
    ordinal: ordinal === undefined ? "" : formatOrdinal(ordinal),
    ordinalWord: ordinal === undefined ? "" : formatOrdinalWord(ordinal),
    date: formatMeetingDate(meeting.startsAt),
    time: formatMeetingTime(meeting.startsAt),
    weekday: formatWeekday(meeting.startsAt),
    hosts: joinNames(meeting.hosts),
    moderators: joinNames(meeting.moderators),
    hostsAndModerators: joinNames(people),
    hostingSentence: hostingSentence(meeting.hosts, meeting.moderators),
  };
}

/**
 * "The meeting was hosted by A and moderated by B." in the words that fit what was entered:
 * the same people both ways, only one of the two, or nobody (no sentence at all).
 */
export function hostingSentence(hosts: readonly string[], moderators: readonly string[]): string {
  const same = hosts.length > 0 && hosts.length === moderators.length && hosts.every((name) => moderators.includes(name));
  if (same) return `The meeting was hosted and moderated by ${joinNames(hosts)}.`;
  const parts = [
    ...(hosts.length > 0 ? [`hosted by ${joinNames(hosts)}`] : []),
    ...(moderators.length > 0 ? [`moderated by ${joinNames(moderators)}`] : []),
  ];
  return parts.length > 0 ? `The meeting was ${parts.join(" and ")}.` : "";
}

/**
 * Replaces `{name}` with its value. A placeholder with no value (a meeting without a number)
 * leaves no double spaces behind.
 */
export function fillPlaceholders(text: string, values: Record<Placeholder, string>): string {
  return text
    .replace(/\{([A-Za-z]+)\}/g, (whole, name: string) =>
      name in values ? values[name as Placeholder] : whole,
    )
    .replace(/ {2,}/g, " ")
    .replace(/ ([.,;:])/g, "$1")
    .trim();
}
