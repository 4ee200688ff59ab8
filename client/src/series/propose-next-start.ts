import { utcDateAndTime } from "../components/utc-date-time";

const TWO_WEEKS_MS = 14 * 24 * 60 * 60 * 1000;

/** Working groups mostly meet fortnightly at the same hour: the form starts from that (UTC). */
export function proposeNextStart(startsAt: string): { date: string; time: string } {
  return utcDateAndTime(new Date(Date.parse(startsAt) + TWO_WEEKS_MS).toISOString());
}
