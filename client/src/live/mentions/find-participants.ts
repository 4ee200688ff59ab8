import type { LiveParticipant } from "@rapporteur/shared";

const MAX_SUGGESTIONS = 8;

/**
 * The participants whose name or affiliation contains what was typed after "@". Names that
 * start with it (or have a word that does) come first, so "an" offers Anja before Joanna.
 */
export function findParticipants(participants: LiveParticipant[], query: string): LiveParticipant[] {
  const wanted = query.trim().toLocaleLowerCase();
  if (!wanted) return participants.slice(0, MAX_SUGGESTIONS);
  const scored = participants
    .map((participant) => ({ participant, score: scoreParticipant(participant, wanted) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.participant.name.localeCompare(b.participant.name));
  return scored.slice(0, MAX_SUGGESTIONS).map(({ participant }) => participant);
}

function scoreParticipant(participant: LiveParticipant, wanted: string): number {
  const name = participant.name.toLocaleLowerCase();
  if (name.startsWith(wanted)) return 4;
  if (name.split(/\s+/).some((word) => word.startsWith(wanted))) return 3;
  if (name.includes(wanted)) return 2;
  return participant.affiliation?.toLocaleLowerCase().includes(wanted) ? 1 : 0;
}
