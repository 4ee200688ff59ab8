import type { ReportTemplate } from "@rapporteur/shared";
import { FieldError } from "../components/FieldError";
import { UTC_TIME_INPUT } from "../components/utc-date-time";

export interface ImportFields {
  templateId: string;
  series: string;
  title: string;
  date: string;
  /** UTC; with a date only, midnight UTC. */
  time: string;
}

interface ImportCorrectionsProps {
  fields: ImportFields;
  onChange: (fields: ImportFields) => void;
  templates: ReportTemplate[];
  errors: Record<string, string>;
}

/** What the summary's own text says wins unless filled in here: template, series, title, date. */
export function ImportCorrections({ fields, onChange, templates, errors }: ImportCorrectionsProps) {
  const set = (key: keyof ImportFields) => (event: { target: { value: string } }) => onChange({ ...fields, [key]: event.target.value });
  return (
    <details className="import-corrections">
      <summary>Corrections (optional: left empty, they are read from the text)</summary>
      <div className="columns">
        <label>Series<input value={fields.series} onChange={set("series")} placeholder="As in the summary" /><FieldError message={errors.series} /></label>
        <label>Meeting title<input value={fields.title} onChange={set("title")} placeholder="As in the summary" /><FieldError message={errors.title} /></label>
      </div>
      <div className="columns">
        <div className="columns">
          <label>Date (UTC)<input type="date" value={fields.date} onChange={set("date")} /><FieldError message={errors.startsAt} /></label>
          <label>Time (UTC)<input {...UTC_TIME_INPUT} value={fields.time} onChange={set("time")} disabled={!fields.date} /></label>
        </div>
        <label>
          Report template
          <select value={fields.templateId} onChange={set("templateId")}>
            <option value="">The one the summary looks like</option>
            {templates.map((template) => <option key={template.id} value={template.id}>{template.name}</option>)}
          </select>
          <FieldError message={errors.templateId} />
        </label>
      </div>
    </details>
  );
}
