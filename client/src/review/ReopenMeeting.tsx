import { meetingsApi } from "../api/meetings-api";
import { useMeetingMutation } from "../api/use-meeting-mutation";
import { ApiErrorAlert } from "./ApiErrorAlert";

/** The chair reopens an approved summary: a new draft starts, and the approval stays in the history. */
export function ReopenMeeting({ meetingId }: { meetingId: string }) {
  const reopening = useMeetingMutation(meetingId, () => meetingsApi.transition(meetingId, "reopen"));
  const { isPending: busy, error } = reopening;
  const reopen = () => reopening.mutate();
  return (
    <div className="review-step">
      <p className="muted">Reopening starts a new draft that note-takers can edit; this approval stays in the history.</p>
      <button type="button" disabled={busy} onClick={reopen}>Reopen for editing</button>
      <ApiErrorAlert error={error} />
    </div>
  );
}
