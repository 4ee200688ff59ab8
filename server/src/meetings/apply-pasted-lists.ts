import { capAgenda, parseAgendaText, parseParticipantsText, type CreateMeetingRequest, type ParseWarning } from "@rapporteur/shared";
import { HttpError } from "../errors.js";

export interface PasteWarnings {
  agenda: ParseWarning[];
  participants: ParticipantWarnings;
}
type ParticipantWarnings = ParseWarning[];

/**
 * Replaces `agendaText` / `participantsText` with the lists they parse to. A paste that yields
 * nothing (empty, or only unreadable lines) is a 400 on its field: the secretariat meant
 * something by it, and silently creating a meeting without an agenda would hide that.
 */
export function applyPastedLists(request: CreateMeetingRequest): { request: CreateMeetingRequest; warnings: PasteWarnings } {
  const { agendaText, participantsText, ...rest } = request;
  const warnings: PasteWarnings = { agenda: [], participants: [] };
  const result: CreateMeetingRequest = { ...rest };
  if (agendaText !== undefined) {
    const parsed = parseAgendaText(agendaText);
    if (parsed.items.length === 0) throw nothingFound("agendaText", "no agenda items found in the pasted text", parsed.warnings);
    const capped = capAgenda(parsed.items);
    result.agenda = capped.items;
    warnings.agenda = [...parsed.warnings, ...capped.dropped.map((message) => ({ line: 1, text: "", message }))];
  }
  if (participantsText !== undefined) {
    const parsed = parseParticipantsText(participantsText);
    if (parsed.participants.length === 0) throw nothingFound("participantsText", "no participants found in the pasted text", parsed.warnings);
    result.participants = parsed.participants;
    warnings.participants = parsed.warnings;
  }
  return { request: result, warnings };
}

function nothingFound(field: string, message: string, warnings: ParseWarning[]): HttpError {
  const detail = warnings.length > 0 ? ` (${warnings.length} unreadable lines)` : "";
  return new HttpError(400, "invalid_request", `${field}: ${message}${detail}`, [{ path: field, message: message + detail }]);
}
