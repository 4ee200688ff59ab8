import { useId, useState, type FormEvent, type ReactNode } from "react";
import type { Meeting } from "@rapporteur/shared";
import { ApiError } from "../api/api-error";
import { meetingsApi } from "../api/meetings-api";
import { FieldError } from "../components/FieldError";
import { useModalDialog } from "../components/use-modal-dialog";
import { describeUtc, UTC_TIME_INPUT } from "../components/utc-date-time";
import { changedDetails, formFromMeeting, type DetailsForm } from "./details-form";
import "./details.css";

type FieldErrors = Partial<Record<keyof DetailsForm | "form", string>>;

/** Where the server's field paths are shown: `hosts.1` beside Hosts, `startsAt` beside the date. */
const FIELD_OF_PATH: Record<string, keyof DetailsForm> = {
  series: "series", title: "title", number: "number", startsAt: "date", hosts: "hosts", moderators: "moderators",
};

interface MeetingDetailsDialogProps {
  meetingId: string;
  meeting: Meeting;
  onClose: () => void;
  /** The meeting as the server saved it. */
  onSaved: (meeting: Meeting) => void;
}

/** The meeting's details, pre-filled; saving corrects them and the report's title block, live. */
export function MeetingDetailsDialog({ meetingId, meeting, onClose, onSaved }: MeetingDetailsDialogProps) {
  const dialog = useModalDialog();
  const [form, setForm] = useState(() => formFromMeeting(meeting));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const idPrefix = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changes = changedDetails(meeting, form);
    if (Object.keys(changes).length === 0) return dialog.current?.close();
    setBusy(true);
    setErrors({});
    try {
      const { meeting: saved } = await meetingsApi.updateDetails(meetingId, changes);
      onSaved(saved);
    } catch (caught) {
      setErrors(errorsOf(caught));
      setBusy(false);
    }
  };

  const whenId = `${idPrefix}-when`;
  const field = (name: keyof DetailsForm, label: string, input: { type?: string; hint?: string; required?: boolean; describedBy?: string } = {}): ReactNode => {
    const id = `${idPrefix}-${name}`;
    const describedBy = [input.hint ? `${id}-hint` : "", input.describedBy ?? ""].filter(Boolean).join(" ");
    return (
      <div className={`details-field details-${name}`}>
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type={input.type ?? "text"}
          {...(name === "time" ? UTC_TIME_INPUT : {})}
          value={form[name]}
          required={input.required}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => {
            setForm({ ...form, [name]: event.target.value });
            setErrors(({ [name]: _fixed, ...others }) => others);
          }}
        />
        {input.hint && <span className="hint" id={`${id}-hint`}>{input.hint}</span>}
        <FieldError message={errors[name]} />
      </div>
    );
  };

  return (
    <dialog ref={dialog} className="dialog details-dialog" aria-labelledby="details-dialog-title" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id="details-dialog-title">Meeting details</h2>
        <p className="muted">Corrections are saved for everyone; the report's title block and opening paragraphs change with them.</p>
        {field("series", "Series", { required: true })}
        {field("title", "Title", { required: true })}
        <div className="details-row">
          {field("number", "Number", { hint: "51 or XXIV" })}
          {field("date", "Date (UTC)", { type: "date", required: true, describedBy: whenId })}
          {field("time", "Time (UTC)", { required: true, describedBy: whenId })}
          <p className="hint details-when" id={whenId}>{describeUtc(form.date, form.time)}</p>
        </div>
        {field("hosts", "Hosts", { hint: "Names separated by commas" })}
        {field("moderators", "Moderators", { hint: "Names separated by commas" })}
        <FieldError message={errors.form} />
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>Cancel</button>
          <button type="submit" className="primary" disabled={busy}>Save details</button>
        </div>
      </form>
    </dialog>
  );
}

function errorsOf(caught: unknown): FieldErrors {
  if (!(caught instanceof ApiError)) return { form: "The server could not be reached; try again when online." };
  const errors: FieldErrors = {};
  const unplaced: string[] = [];
  for (const { path, message } of caught.fields) {
    const name = FIELD_OF_PATH[path.split(".")[0] ?? ""];
    if (name) errors[name] = errors[name] ?? message;
    else unplaced.push(path === "body" ? message : `${path}: ${message}`);
  }
  if (unplaced.length > 0 || caught.fields.length === 0) errors.form = unplaced.join("; ") || caught.message;
  return errors;
}
