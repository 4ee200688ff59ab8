import { LIMITS } from "../limits.js";

/** `hh:mm:ss.ttt`, `mm:ss.ttt` (WebVTT), `hh:mm:ss,ttt` (SRT), `hh:mm:ss` and `mm:ss` (plain text). */
const CLOCK = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/;

/** Milliseconds of a written clock time, or undefined when it is not one. */
export function readTimestamp(written: string): number | undefined {
  const match = CLOCK.exec(written.trim());
  if (!match) return undefined;
  const [, hours = "0", minutes = "0", seconds = "0", fraction = "0"] = match;
  if (Number(minutes) > 59 && match[1] !== undefined) return undefined;
  if (Number(seconds) > 59) return undefined;
  const millis = Number(fraction.padEnd(3, "0"));
  const total = ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + millis;
  return total <= LIMITS.maxTranscriptMs ? total : undefined;
}

/** "00:12:31" (or "1:02:03:04" never: hours grow as needed), for labels and time markers. */
export function formatTimestamp(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
}
