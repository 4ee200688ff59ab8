import type { ParticipantInput } from "@rapporteur/shared";

/** A participant row someone typed something in (name, affiliation or role). */
export const isFilledParticipant = (row: ParticipantInput) => [row.name, row.affiliation, row.role].some((text) => text?.trim());

/** Adds people to the rows already there, leaving out blank rows and names already listed. */
export function mergeParticipants(current: ParticipantInput[], added: ParticipantInput[]): ParticipantInput[] {
  const kept = current.filter(isFilledParticipant);
  const names = new Set(kept.map((row) => row.name.trim().toLowerCase()));
  return [...kept, ...added.filter((row) => !names.has(row.name.trim().toLowerCase()))];
}
