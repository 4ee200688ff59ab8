import { createEvent } from "ics";
import { LIMITS, type Meeting } from "@rapporteur/shared";

/** Minutes do not record how long a meeting lasts; an hour is what the groups' calls take. */
const ASSUMED_MINUTES = 60;

/** The series' next meeting as an iCalendar file; times are written in UTC, as minutes state them. */
export function renderNextMeetingCalendar(meeting: Meeting, link: string): string {
  const start = new Date(meeting.startsAt);
  const { error, value } = createEvent({
    uid: `${meeting.id}@rapporteur`,
    productId: "rapporteur/publish",
    title: `${meeting.series}: ${meeting.title}`.slice(0, LIMITS.maxTitleChars * 2),
    start: start.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: ASSUMED_MINUTES },
    url: link,
    calName: meeting.series,
  });
  if (error || !value) throw error ?? new Error("calendar rendering failed");
  return value;
}
