import type { Meeting, UpdateMeetingDetailsRequest } from "@rapporteur/shared";
import { utcDateAndTime, utcStartsAt } from "../components/utc-date-time";

/** The dialog's fields as typed: dates and times in UTC, people comma-separated. */
export interface DetailsForm {
  series: string;
  title: string;
  number: string;
  date: string;
  time: string;
  hosts: string;
  moderators: string;
}

export function formFromMeeting(meeting: Meeting): DetailsForm {
  return {
    series: meeting.series,
    title: meeting.title,
    number: meeting.number === undefined ? "" : String(meeting.number),
    ...utcDateAndTime(meeting.startsAt),
    hosts: meeting.hosts.join(", "),
    moderators: meeting.moderators.join(", "),
  };
}

/** People as typed: separated by commas (semicolons and line breaks too, as pasted from a list). */
export const splitNames = (text: string) => text.split(/[,;\n]/).map((name) => name.trim()).filter(Boolean);
const sameNames = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((name, index) => name === b[index]);

/**
 * Only what the person changed, so the audit log and the title block are touched for nothing
 * else; the server validates each value (and names the field when one is wrong).
 */
export function changedDetails(meeting: Meeting, form: DetailsForm): UpdateMeetingDetailsRequest {
  const initial = formFromMeeting(meeting);
  const changes: UpdateMeetingDetailsRequest = {};
  if (form.series !== initial.series) changes.series = form.series;
  if (form.title !== initial.title) changes.title = form.title;
  const number = form.number.trim();
  if (number !== initial.number && number !== "") changes.number = /^\d+$/.test(number) ? Number(number) : number;
  if (form.date !== initial.date || form.time !== initial.time) changes.startsAt = utcStartsAt(form.date, form.time);
  if (!sameNames(splitNames(form.hosts), meeting.hosts)) changes.hosts = splitNames(form.hosts);
  if (!sameNames(splitNames(form.moderators), meeting.moderators)) changes.moderators = splitNames(form.moderators);
  return changes;
}
