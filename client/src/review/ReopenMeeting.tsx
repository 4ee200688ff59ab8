import { meetingsApi } from "../api/meetings-api";
import { ApiErrorAlert } from "./ApiErrorAlert";
import { useApiAction } from "./use-api-action";

/** The chair reopens an approved summary: a new draft starts, and the approval stays in the history. */
export function ReopenMeeting({ meetingId, onReopened }: { meetingId: string; onReopened: () => void }) {
  const { busy, error, run } = useApiAction();
  const reopen = async () => {
    if (await run(() => meetingsApi.transition(meetingId, "reopen"))) onReopened();
  };
  return (
    <div className="review-step">
      <p className="muted">Reopening starts a new draft that note-takers can edit; this approval stays in the history.</p>
      <button type="button" disabled={busy} onClick={() => void reopen()}>Reopen for editing</button>
      <ApiErrorAlert error={error} />
    </div>
  );
}
