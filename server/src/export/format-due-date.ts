import { formatMeetingDate } from "@rapporteur/shared";

/** "2023-03-02" → "2 March 2023"; anything else is printed as typed. */
export function formatDueDate(due: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(due) && !Number.isNaN(Date.parse(due)) ? formatMeetingDate(due) : due;
}
