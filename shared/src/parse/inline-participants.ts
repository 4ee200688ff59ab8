import { INLINE_PARTICIPANTS } from "./summary-keywords.js";

/**
 * The people of an "Attendees: Anna Smith (ISOC), Bob Jones" line, one per entry: split at
 * semicolons when there are any, else at commas outside parentheses and a final "and".
 * Undefined when the line is not such a list (an entry not starting with a capital).
 */
export function readInlineParticipants(text: string): { title: string; people: string[] } | undefined {
  const match = INLINE_PARTICIPANTS.exec(text);
  if (!match) return undefined;
  const list = match[3]!.replace(/[.;]\s*$/, "");
  const entries = (list.includes(";") ? list.split(";") : splitOutsideParentheses(list)).flatMap((entry) => entry.split(/\s+and\s+(?=\p{Lu})/u));
  const people = entries.map((entry) => entry.trim()).filter(Boolean);
  if (people.length === 0 || !people.every((person) => /^\p{Lu}/u.test(person))) return undefined;
  return { title: text.slice(0, text.indexOf(":") + 1).trim(), people };
}

function splitOutsideParentheses(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of text) {
    if (char === "(") depth++;
    if (char === ")") depth = Math.max(0, depth - 1);
    if (char === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  return [...parts, current];
}
