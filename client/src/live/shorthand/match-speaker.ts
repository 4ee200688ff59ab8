import type { LiveParticipant } from "@rapporteur/shared";

/**
 * The participant a scribe means by `written` (case-insensitive): the full name, or the first
 * name when exactly one participant has it. Two Annas and "anna" match no one.
 */
export function matchSpeaker(participants: LiveParticipant[], written: string): LiveParticipant | undefined {
  const wanted = normalise(written);
  if (!wanted) return undefined;
  const full = participants.filter((participant) => normalise(participant.name) === wanted);
  if (full.length > 0) return full[0];
  const byFirstName = participants.filter((participant) => normalise(participant.name).split(" ")[0] === wanted);
  return byFirstName.length === 1 ? byFirstName[0] : undefined;
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLocaleLowerCase();
}
