import { useId, useState, type FormEvent } from "react";
import { useLocation } from "wouter";
import type { Meeting } from "@rapporteur/shared";
import { rememberScheduledMeeting } from "../access/meeting-access";
import { ApiError } from "../api/api-error";
import { meetingsApi } from "../api/meetings-api";
import { useModalDialog } from "../components/use-modal-dialog";
import { describeUtc, UTC_TIME_INPUT, utcStartsAt } from "../components/utc-date-time";
import { proposeNextStart } from "./propose-next-start";

/** The form of "Schedule next…": the date and UTC time of meeting n+1, then opens it. */
export function ScheduleNextDialog({ meetingId, meeting, onClose }: { meetingId: string; meeting: Meeting; onClose: () => void }) {
  const dialog = useModalDialog();
  const [, navigate] = useLocation();
  const proposed = proposeNextStart(meeting.startsAt);
  const [date, setDate] = useState(proposed.date);
  const [time, setTime] = useState(proposed.time);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const whenId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const created = await meetingsApi.scheduleNext(meetingId, { startsAt: utcStartsAt(date, time) });
      // The server hands back the caller's own role only: a note-taker lands as note-taker.
      rememberScheduledMeeting(created.meeting.id, created.meeting.title, created.tokens);
      navigate(`/m/${created.meeting.id}`);
    } catch (caught) {
      setError(caught instanceof ApiError ? [caught.message, ...caught.fields.map((field) => `${field.path}: ${field.message}`)].join("; ") : "The server could not be reached; try again when online.");
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="next-meeting-title" onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id="next-meeting-title">Schedule the next meeting</h2>
        <p className="muted">The next meeting of {meeting.series}: the next number, the same report template, this meeting's participants as expected attendees, and its open action items to follow up.</p>
        <div className="columns">
          <label>Date (UTC)<input type="date" required value={date} aria-describedby={whenId} onChange={(event) => setDate(event.target.value)} /></label>
          <label>Time (UTC)<input {...UTC_TIME_INPUT} required value={time} aria-describedby={whenId} onChange={(event) => setTime(event.target.value)} /></label>
        </div>
        <p className="hint" id={whenId}>{describeUtc(date, time)}</p>
        {error && <p className="field-error" role="alert">{error}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>Cancel</button>
          <button type="submit" className="primary" disabled={busy || !date || !time}>Create the next meeting</button>
        </div>
      </form>
    </dialog>
  );
}
