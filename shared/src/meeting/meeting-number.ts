import type { MeetingNumber } from "./meeting.js";

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
  [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
];

export function toRoman(n: number): string {
  let rest = n;
  let out = "";
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** "XXIV" → 24; undefined when the text is not a well-formed roman numeral. */
export function fromRoman(text: string): number | undefined {
  const upper = text.trim().toUpperCase();
  if (!/^[MDCLXVI]+$/.test(upper)) return undefined;
  let total = 0;
  let rest = upper;
  for (const [value, letters] of ROMAN) {
    while (rest.startsWith(letters)) {
      total += value;
      rest = rest.slice(letters.length);
    }
  }
  return rest === "" && toRoman(total) === upper ? total : undefined;
}

/** The meeting number as a count, whichever way the group writes it. */
export function meetingOrdinalValue(number: MeetingNumber | undefined): number | undefined {
  if (number === undefined) return undefined;
  if (typeof number === "number") return number;
  if (/^\d+$/.test(number.trim())) return Number(number.trim());
  return fromRoman(number);
}

/** The number after `number`, written in the same style (51 → 52, "XXIV" → "XXV"). */
export function nextMeetingNumber(number: MeetingNumber | undefined): MeetingNumber {
  const value = meetingOrdinalValue(number);
  if (value === undefined) return 1;
  if (typeof number === "string" && fromRoman(number) !== undefined) return toRoman(value + 1);
  return value + 1;
}
