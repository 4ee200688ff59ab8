const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
/** "The 51st virtual meeting", "The fifth online meeting": the meeting's number. */
export function readMeetingOrdinal(text: string): number | undefined {
  const numeric = /\b(\d{1,4})(?:st|nd|rd|th)\s+(?:\w+\s+){0,2}meeting/i.exec(text);
  if (numeric) return Number(numeric[1]);
  const word = new RegExp(`\\b(${ORDINAL_WORDS.join("|")})\\s+(?:\\w+\\s+){0,2}meeting`, "i").exec(text);
  return word ? ORDINAL_WORDS.indexOf(word[1]!.toLowerCase()) + 1 : undefined;
}

/** "moderated by Titti Cassa", "hosted and moderated by the co-chairs, A and B": the people named. */
export function readPeopleAfter(text: string, verb: "hosted" | "moderated"): string[] {
  const match = new RegExp(`\\b(?:hosted and moderated|${verb}(?: and \\w+)?)\\s+by\\s+([^.;]+)`, "i").exec(text);
  if (!match) return [];
  return match[1]!
    .split(/,|\band\b/)
    .map((part) => part.trim())
    .filter((part) => /^(\p{Lu}[\p{L}'’-]+)(\s+\p{Lu}[\p{L}'’-]+){1,3}$/u.test(part));
}

/** The group's name in an opening sentence: "meeting of the … was held/hosted". */
export function readSeriesFromOpening(text: string): string | undefined {
  const match = /\bmeeting of (?:the )?(.{6,160}?)\s+(?:was|were|took place)\b/i.exec(text);
  return match?.[1]?.trim();
}
