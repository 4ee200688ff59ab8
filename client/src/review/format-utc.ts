import { formatIsoDay, formatMeetingTime } from "@rapporteur/shared";

/** "2026-11-26 13:20 UTC": minutes state UTC, so the history does too, on every screen. */
export function formatUtc(iso: string): string {
  if (Number.isNaN(Date.parse(iso))) return iso;
  return `${formatIsoDay(iso)} ${formatMeetingTime(iso)} UTC`;
}
