import { capAgenda, LIMITS, type ImportSummaryRequest, type Meeting, type ParseWarning } from "@rapporteur/shared";
import { HttpError } from "../errors.js";
import type { ImportReader } from "./import-reader.js";
import type { MeetingPlanner } from "./meeting-planner.js";

/**
 * Creates a meeting from the text of an existing summary: its facts, agenda and participants,
 * and its discussion placed under its sections. Corrections in the request win over the text.
 */
export async function importMeeting(
  planner: MeetingPlanner,
  reader: ImportReader,
  request: ImportSummaryRequest,
): Promise<{ meeting: Meeting; warnings: ParseWarning[] }> {
  const { imported, seed } = await reader.read(request.text, request.startsAt);
  const hasContent = imported.sections.length > 0 || imported.preamble.length > 0 || imported.agenda.length > 0;
  if (!hasContent) {
    throw new HttpError(400, "invalid_request", "text: no summary could be read from it", [{ path: "text", message: "no agenda, section or paragraph found" }]);
  }
  const warnings = [...imported.warnings];
  const startsAt = imported.startsAt;
  if (!startsAt) warnings.push({ line: 1, text: "", message: "the meeting date was set to today; correct it in the meeting" });
  const agenda = capAgenda(imported.agenda);
  warnings.push(...agenda.dropped.map((message) => ({ line: 1, text: "", message })));
  if (imported.participants.length > LIMITS.maxParticipants) {
    warnings.push({ line: 1, text: "", message: `only the first ${LIMITS.maxParticipants} participants were kept` });
  }
  const meeting = await planner.createMeeting(
    {
      series: request.series ?? imported.series ?? "Imported meetings",
      title: request.title ?? imported.title ?? "Imported meeting",
      ...(imported.number !== undefined ? { number: imported.number } : {}),
      startsAt: startsAt ?? new Date().toISOString(),
      hosts: imported.hosts.slice(0, LIMITS.maxHostsOrModerators),
      moderators: imported.moderators.slice(0, LIMITS.maxHostsOrModerators),
      agenda: agenda.items,
      participants: imported.participants.slice(0, LIMITS.maxParticipants),
      templateId: request.templateId ?? imported.suggestedTemplateId,
    },
    {},
    seed,
  );
  return { meeting, warnings };
}
