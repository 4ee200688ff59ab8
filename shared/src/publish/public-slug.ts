import type { Meeting } from "../meeting/meeting.js";
import { formatIsoDay } from "../meeting/meeting-time.js";

/** Lower-case ASCII words joined by "-": a stable, readable URL segment for any title. */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "untitled";
}

/** "2023-02-16-online-meeting-51": the meeting's date first, so a series' URLs sort by date. */
export function meetingSlug(meeting: Pick<Meeting, "startsAt" | "title">): string {
  return `${formatIsoDay(meeting.startsAt)}-${slugify(meeting.title)}`;
}
