import type { MeetingStatus } from "@rapporteur/shared";

const STATUS_TEXT: Record<MeetingStatus, { label: string; explanation: string }> = {
  drafting: { label: "Drafting", explanation: "Note-takers are writing. Submit it when it is ready for the chair." },
  in_review: { label: "In review", explanation: "Submitted: the chair approves it or asks for changes." },
  changes_requested: { label: "Changes requested", explanation: "The chair asked for changes. Edit the text, then submit it again." },
  approved: { label: "Approved", explanation: "Approved and locked: nobody can change it unless the chair reopens it." },
};

/** The review status in words, with what happens next. */
export function describeStatus(status: MeetingStatus): { label: string; explanation: string } {
  return STATUS_TEXT[status];
}
