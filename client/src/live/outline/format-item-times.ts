import { formatMeetingTime, type ItemTimes } from "@rapporteur/shared";

/** "14:20–14:42 UTC", or "14:20 UTC" while the item is still open; as the exports print it. */
export function formatItemTimes(times: ItemTimes[string] | undefined): string | null {
  if (!times) return null;
  const end = times.endedAt ? `–${formatMeetingTime(times.endedAt)}` : "";
  return `${formatMeetingTime(times.startedAt)}${end} UTC`;
}
