import { useState, type FormEvent } from "react";
import { slugify, type ParticipantInput, type ReportTemplate, type Series } from "@rapporteur/shared";
import { ApiError } from "../api/api-error";
import { meetingsApi } from "../api/meetings-api";
import { FieldError } from "../components/FieldError";
import { ParticipantsEditor } from "../components/ParticipantsEditor";

interface SeriesSettingsProps {
  series: Series;
  templates: ReportTemplate[];
  onSaved: (series: Series) => void;
}

const isFilled = (row: ParticipantInput) => [row.name, row.affiliation, row.role].some((text) => text?.trim());

/** One series' habits: its house template, how it numbers meetings, who usually comes, whether it publishes. */
export function SeriesSettings({ series, templates, onSaved }: SeriesSettingsProps) {
  const [templateId, setTemplateId] = useState(series.defaultTemplateId);
  const [numberStyle, setNumberStyle] = useState(series.numberStyle);
  const [people, setPeople] = useState<ParticipantInput[]>(series.usualParticipants);
  const [publish, setPublish] = useState(series.publish);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<"idle" | "saving" | "saved">("idle");

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setState("saving");
    try {
      const saved = await meetingsApi.updateSeries({ name: series.name, defaultTemplateId: templateId, numberStyle, usualParticipants: people.filter(isFilled), publish });
      setErrors({});
      setState("saved");
      onSaved(saved.series);
    } catch (error) {
      const fields = error instanceof ApiError ? Object.fromEntries(error.fields.map((field) => [field.path, field.message])) : {};
      setErrors({ ...fields, form: error instanceof Error ? error.message : String(error) });
      setState("idle");
    }
  };

  return (
    <form className="meeting-form series-settings" onSubmit={save} noValidate aria-label={series.name}>
      <h2>{series.name}</h2>
      <div className="columns">
        <label>
          Default template
          <select value={templateId} onChange={(event) => { setTemplateId(event.target.value); setState("idle"); }}>
            {templates.map((template) => <option key={template.id} value={template.id}>{template.name}</option>)}
          </select>
          <FieldError message={errors.defaultTemplateId} />
        </label>
        <label>
          Meeting numbers
          <select value={numberStyle} onChange={(event) => { setNumberStyle(event.target.value === "roman" ? "roman" : "arabic"); setState("idle"); }}>
            <option value="arabic">Arabic: 51, 52, …</option>
            <option value="roman">Roman: XXIV, XXV, …</option>
          </select>
        </label>
      </div>
      <label className="checkbox-label">
        <input type="checkbox" checked={publish} onChange={(event) => { setPublish(event.target.checked); setState("idle"); }} />
        Publish approved reports on a public page
      </label>
      {series.publish && (
        <p className="hint">
          Public archive: <a href={`/p/${slugify(series.name)}/`}>/p/{slugify(series.name)}/</a>. Only approved versions appear there, each signed and verifiable.
        </p>
      )}
      <details>
        <summary>Usual participants ({people.filter(isFilled).length}): offered when a meeting of this series is set up</summary>
        <ParticipantsEditor participants={people} onChange={(next) => { setPeople(next); setState("idle"); }} errors={prefixed(errors, "usualParticipants.", "participants.")} />
      </details>
      <div className="form-actions">
        <FieldError message={errors.form} />
        {state === "saved" && <span className="ok-text" role="status">Saved</span>}
        <button type="submit" disabled={state === "saving"}>{state === "saving" ? "Saving…" : "Save series"}</button>
      </div>
    </form>
  );
}

/** The editor names its rows "participants.N…"; the server names them "usualParticipants.N…". */
function prefixed(errors: Record<string, string>, from: string, to: string): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.startsWith(from) ? to + path.slice(from.length) : path, message]));
}
