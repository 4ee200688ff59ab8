import type { ParticipantInput } from "../meeting/create-meeting-request.js";
import { LIMITS } from "../limits.js";
import { trimTrailing } from "./trim-trailing.js";
import { readListMarker } from "./list-marker.js";
import { readPastedLines } from "./pasted-lines.js";
import type { ParseWarning } from "./parse-warning.js";
import { PARTICIPANTS_HEADING } from "./summary-keywords.js";
import { splitPersonDetails } from "./split-person-details.js";

/** The header row of a spreadsheet copy ("Name  Organisation  Role"). */
const COLUMN_HEADER = /^(no\.?\s*\t)?(full\s+)?name\s*\t/i;

export interface ParsedParticipants {
  participants: ParticipantInput[];
  warnings: ParseWarning[];
}

/**
 * Turns a pasted participant list into people: numbered or not, "Name, Affiliation, Role",
 * "Name (Affiliation, Role)", "Name – Affiliation", spreadsheet rows (tabs), or a name alone.
 */
export function parseParticipantsText(text: string): ParsedParticipants {
  const warnings: ParseWarning[] = [];
  const participants: ParticipantInput[] = [];
  for (const line of readPastedLines(text, warnings)) {
    if (PARTICIPANTS_HEADING.test(line.text) || COLUMN_HEADER.test(line.text)) continue;
    const person = readPerson(readListMarker(line.text).rest || line.text);
    if (!person) {
      warnings.push({ line: line.number, text: line.text.slice(0, 80), message: "no name found on this line; it was left out" });
      continue;
    }
    if (!/\p{L}/u.test(person.name) || person.name.split(/\s+/).length > 8) {
      warnings.push({ line: line.number, text: line.text.slice(0, 80), message: "this does not look like a person; check it" });
    }
    participants.push(person);
  }
  if (participants.length > LIMITS.maxParticipants) {
    warnings.push({ line: 1, text: "", message: `only the first ${LIMITS.maxParticipants} participants were kept` });
  }
  return { participants: participants.slice(0, LIMITS.maxParticipants), warnings };
}

function readPerson(text: string): ParticipantInput | undefined {
  const cut = (value: string) => value.trim().slice(0, LIMITS.maxNameChars);
  if (text.includes("\t")) {
    const [name = "", affiliation = "", ...role] = text.split("\t").map((cell) => cell.trim());
    return name ? { name: cut(name), ...(affiliation ? { affiliation: cut(affiliation) } : {}), ...(role.join(", ") ? { role: cut(role.filter(Boolean).join(", ")) } : {}) } : undefined;
  }
  const parenthesised = /^([^()]+?)\s*\(([^()]*)\)\s*[,.;]?\s*$/.exec(text);
  const dashed = /^([^,()]+?)\s+[–—-]\s+(.+)$/.exec(text);
  const [name, details] = parenthesised ? [parenthesised[1]!, parenthesised[2]!.split(",")] : dashed ? [dashed[1]!, dashed[2]!.split(",")] : splitAtFirstComma(text);
  const cleanName = cut(trimTrailing(name, ",;."));
  if (!cleanName) return undefined;
  const { affiliation, role } = splitPersonDetails(details);
  return { name: cleanName, ...(affiliation ? { affiliation: cut(affiliation) } : {}), ...(role ? { role: cut(role) } : {}) };
}

function splitAtFirstComma(text: string): [string, string[]] {
  const [name = "", ...rest] = text.split(",");
  return [name, rest];
}
