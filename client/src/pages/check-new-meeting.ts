import { CreateMeetingRequestSchema, parseAgendaText, parseParticipantsText, type AgendaItemInput, type CreateMeetingRequest, type ParticipantInput } from "@rapporteur/shared";
import { applyPendingPaste } from "../setup/apply-pending-paste";
import { isFilledParticipant } from "../setup/merge-participants";
import { buildCreateRequest, dateTimeErrors, type NewMeetingFields } from "./new-meeting-request";

/** A paste box's text, and the text last taken from it with "Use …" (if any). */
export interface PasteState {
  text: string;
  used: string | undefined;
}

export interface NewMeetingDraft {
  fields: NewMeetingFields;
  agenda: AgendaItemInput[];
  participants: ParticipantInput[];
  agendaPaste: PasteState;
  participantsPaste: PasteState;
}

export type CheckedNewMeeting =
  | { ok: true; request: CreateMeetingRequest; toFormPath: (path: string) => string }
  | { ok: false; errors: Record<string, string> };

/**
 * The request "Create meeting" sends, or the errors to show instead. What is pasted is what gets
 * created: a paste not taken with "Use …" fills its empty list, and is refused over a list typed by hand.
 */
export function checkNewMeeting(draft: NewMeetingDraft): CheckedNewMeeting {
  const lists = takePendingPastes(draft);
  if ("conflicts" in lists) return { ok: false, errors: { form: lists.conflicts.join(" ") } };
  const { request, toFormPath } = buildCreateRequest(draft.fields, lists.agenda, lists.participants);
  const timeErrors = dateTimeErrors(draft.fields);
  const checked = CreateMeetingRequestSchema.safeParse(request);
  if (checked.success && Object.keys(timeErrors).length === 0) return { ok: true, request: checked.data, toFormPath };
  // A missing date or time is said in words by dateTimeErrors, not as the schema's ISO hint.
  const issues = checked.success ? [] : checked.error.issues.filter((issue) => !(issue.path[0] === "startsAt" && Object.keys(timeErrors).length > 0));
  const fieldErrors = Object.fromEntries(issues.map((issue) => [toFormPath(issue.path.join(".")), issue.message]));
  return { ok: false, errors: { ...fieldErrors, ...timeErrors, form: "Some fields need attention." } };
}

function takePendingPastes(draft: NewMeetingDraft): { agenda: AgendaItemInput[]; participants: ParticipantInput[] } | { conflicts: string[] } {
  const { agendaPaste, participantsPaste } = draft;
  const agenda = applyPendingPaste({
    what: "agenda", useLabel: "Use this agenda ↓", pasted: agendaPaste.text, used: agendaPaste.used,
    parsed: parseAgendaText(agendaPaste.text).items, listIsEmpty: draft.agenda.every((item) => !item.title.trim()),
  });
  const people = applyPendingPaste({
    what: "participant list", useLabel: "Use this participant list ↓", pasted: participantsPaste.text, used: participantsPaste.used,
    parsed: parseParticipantsText(participantsPaste.text).participants, listIsEmpty: !draft.participants.some(isFilledParticipant),
  });
  const conflicts = [agenda, people].flatMap((pending) => (pending.kind === "conflict" ? [pending.message] : []));
  if (conflicts.length > 0) return { conflicts };
  return {
    agenda: agenda.kind === "use" ? agenda.items.map((item) => ({ ...item, children: item.children ?? [] })) : draft.agenda,
    participants: people.kind === "use" ? people.items : draft.participants,
  };
}
