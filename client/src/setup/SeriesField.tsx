import type { ParticipantInput, Series } from "@rapporteur/shared";
import { findSeries } from "./find-series";
import { FieldError } from "../components/FieldError";

interface SeriesFieldProps {
  value: string;
  onChange: (name: string) => void;
  series: Series[];
  error: string | undefined;
  templateName: (templateId: string) => string;
  onUseUsualParticipants: (participants: ParticipantInput[]) => void;
}

/** Picks one of the group's series, or names a new one; a known series brings its habits. */
export function SeriesField({ value, onChange, series, error, templateName, onUseUsualParticipants }: SeriesFieldProps) {
  const known = findSeries(series, value);
  const usual = known?.usualParticipants ?? [];
  return (
    <div className="series-field">
      <label>
        Series (working group)
        <input list="known-series" value={value} onChange={(event) => onChange(event.target.value)} placeholder="Choose a series or type a new name" aria-invalid={Boolean(error)} />
        <FieldError message={error} />
      </label>
      <datalist id="known-series">
        {series.map((entry) => <option key={entry.name} value={entry.name} />)}
      </datalist>
      {value.trim() !== "" && (
        <p className="hint series-hint">
          {known
            ? `Existing series: template “${templateName(known.defaultTemplateId)}”, ${known.numberStyle === "roman" ? "roman (XXIV)" : "arabic (51)"} meeting numbers.`
            : "A new series: it is created with this meeting."}
          {usual.length > 0 && (
            <button type="button" className="link-button" onClick={() => onUseUsualParticipants(usual)}>
              Add its {usual.length} usual participants
            </button>
          )}
        </p>
      )}
    </div>
  );
}
