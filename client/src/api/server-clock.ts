let offsetMs = 0;

/**
 * Learns how far this browser's clock is from the server's, from an answer's `Date` header.
 * Times written into the minutes (when an agenda item was discussed) come from whoever clicks,
 * so a laptop set to the wrong time or zone must not put wrong times in the record.
 */
export function noteServerDate(header: string | null, receivedAt = Date.now()): void {
  const server = header ? Date.parse(header) : Number.NaN;
  if (Number.isNaN(server)) return;
  // The header counts whole seconds: a gap of a second or two is rounding, not a wrong clock.
  const gap = server + 500 - receivedAt;
  offsetMs = Math.abs(gap) > 2_000 ? gap : 0;
}

/** Now, by the server's clock as far as this browser knows it. */
export function serverNow(): Date {
  return new Date(Date.now() + offsetMs);
}
