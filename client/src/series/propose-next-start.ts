const TWO_WEEKS_MS = 14 * 24 * 60 * 60 * 1000;

/** Working groups mostly meet fortnightly at the same hour: the form starts from that (UTC). */
export function proposeNextStart(startsAt: string): { date: string; time: string } {
  const next = new Date(Date.parse(startsAt) + TWO_WEEKS_MS).toISOString();
  return { date: next.slice(0, 10), time: next.slice(11, 16) };
}
