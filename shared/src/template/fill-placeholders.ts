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

export interface PlaceholderOptions {
  /** The template annexes the list of participants, so the opening may say so. */
  participantsAnnexed?: boolean;
}

export const PARTICIPANTS_ANNEXED_SENTENCE = "The list of participants is annexed to this report.";

/** The value of each placeholder for one meeting. */
export function placeholderValues(meeting: Meeting, options: PlaceholderOptions = {}): Record<Placeholder, string> {
  const ordinal = meetingOrdinalValue(meeting.number);
  const people = [...new Set([...meeting.hosts, ...meeting.moderators])];
  const roles = new Map(meeting.participants.filter((participant) => participant.role).map((participant) => [participant.name, participant.role ?? ""]));
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
    hostingSentence: hostingSentence(meeting.hosts, meeting.moderators, roles),
    participantsSentence: options.participantsAnnexed ? PARTICIPANTS_ANNEXED_SENTENCE : "",
  };
}

/**
 * "The meeting was hosted by the co-chair A and moderated with the support of B." in the words
 * that fit what was entered: the same people both ways, only one of the two, or nobody (no
 * sentence at all). A person's role in the participants list ("Co-Chair") is said with the name.
 */
export function hostingSentence(hosts: readonly string[], moderators: readonly string[], roles: ReadonlyMap<string, string> = new Map()): string {
  const same = hosts.length > 0 && hosts.length === moderators.length && hosts.every((name) => moderators.includes(name));
  if (same) return `The meeting was hosted and moderated by ${describePeople(hosts, roles)}.`;
  if (hosts.length === 0) return moderators.length > 0 ? `The meeting was moderated by ${describePeople(moderators, roles)}.` : "";
  const hosted = `The meeting was hosted by ${describePeople(hosts, roles)}`;
  return moderators.length > 0 ? `${hosted} and moderated with the support of ${describePeople(moderators, roles)}.` : `${hosted}.`;
}

/** "the co-chairs A and B and C": people sharing a role are named after it, in the order entered. */
function describePeople(names: readonly string[], roles: ReadonlyMap<string, string>): string {
  const groups: Array<{ role: string; names: string[] }> = [];
  for (const name of names) {
    const role = roles.get(name)?.trim() ?? "";
    const group = groups.find((entry) => entry.role === role);
    if (group) group.names.push(name);
    else groups.push({ role, names: [name] });
  }
  return joinNames(groups.map(({ role, names: grouped }) => (role ? `the ${lowerTitle(role)}${grouped.length > 1 && !role.endsWith("s") ? "s" : ""} ${joinNames(grouped)}` : joinNames(grouped))));
}

/** "Co-Chair" → "co-chair" inside a sentence; acronyms ("IGF", "MAG") keep their capitals. */
function lowerTitle(role: string): string {
  return role.replace(/\b([A-Z])([a-z]+)\b/g, (_word, first: string, rest: string) => first.toLowerCase() + rest);
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
