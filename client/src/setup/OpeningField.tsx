import { PLACEHOLDERS } from "@rapporteur/shared";
import { FieldError } from "../components/FieldError";

/** The opening paragraphs, before the first section, with placeholders filled per meeting. */
export function OpeningField({ paragraphs, onChange, errors }: { paragraphs: string[]; onChange: (paragraphs: string[]) => void; errors: Record<string, string> }) {
  return (
    <fieldset>
      <legend>Opening paragraphs</legend>
      <p className="hint">Placeholders: {PLACEHOLDERS.map((name) => `{${name}}`).join(" ")}</p>
      {paragraphs.map((paragraph, index) => (
        <div key={index} className="opening-paragraph">
          <div className="row">
            <textarea
              aria-label={`Opening paragraph ${index + 1}`}
              value={paragraph}
              rows={3}
              aria-invalid={Boolean(errors[`opening.${index}`])}
              onChange={(event) => onChange(paragraphs.map((current, i) => (i === index ? event.target.value : current)))}
            />
            <button type="button" aria-label={`Remove opening paragraph ${index + 1}`} onClick={() => onChange(paragraphs.filter((_, i) => i !== index))}>Remove</button>
          </div>
          <FieldError message={errors[`opening.${index}`]} />
        </div>
      ))}
      <button type="button" onClick={() => onChange([...paragraphs, ""])}>+ Add paragraph</button>
      <FieldError message={errors.opening} />
    </fieldset>
  );
}
