import { useState, type FormEvent } from "react";
import { HeadingNumberingSchema, type HeadingNumbering, type ReportTemplate, type ReportTemplateBody } from "@rapporteur/shared";
import { formErrorsOf } from "../api/api-error";
import { meetingsApi } from "../api/meetings-api";
import { FieldError } from "../components/FieldError";
import { DraftWordingFields } from "./DraftWordingFields";
import { OpeningField } from "./OpeningField";
import { SectionsField } from "./SectionsField";
import { TemplatePreview } from "./TemplatePreview";
import type { TemplateDraft } from "./template-draft";
import "./setup.css";

const NUMBERING_LABELS: Record<HeadingNumbering, string> = {
  decimal: "1.  2.  3.",
  "decimal-paren": "1)  2)  3)",
  "upper-alpha": "A.  B.  C.",
  "upper-roman": "I.  II.  III.",
  none: "No numbers",
};

/** Saving drops the empty lines someone left at the end of the title block. */
const withoutTrailingBlanks = (lines: string[]) => {
  const kept = [...lines];
  while (kept.length > 1 && kept[kept.length - 1]!.trim() === "") kept.pop();
  return kept;
};

/** Every field of a report template, with a preview for a sample meeting; saves with POST or PUT. */
export function TemplateForm({ draft, onSaved, onCancel }: { draft: TemplateDraft; onSaved: (template: ReportTemplate) => void; onCancel: () => void }) {
  const [body, setBody] = useState<ReportTemplateBody>(draft.body);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const change = (part: Partial<ReportTemplateBody>) => setBody({ ...body, ...part });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const toSave = { ...body, titleLines: withoutTrailingBlanks(body.titleLines) };
    try {
      const { template } = draft.id ? await meetingsApi.updateTemplate(draft.id, toSave) : await meetingsApi.createTemplate(toSave);
      onSaved(template);
    } catch (error) {
      setErrors(formErrorsOf(error));
      setBusy(false);
    }
  };

  const titleLineErrors = Object.entries(errors).filter(([path]) => path.startsWith("titleLines"));
  return (
    <div className="template-editor">
      <form className="meeting-form" onSubmit={save} noValidate aria-label="Template">
        <label>Name<input value={body.name} onChange={(event) => change({ name: event.target.value })} aria-invalid={Boolean(errors.name)} /><FieldError message={errors.name} /></label>
        <label>Description<input value={body.description} onChange={(event) => change({ description: event.target.value })} /><FieldError message={errors.description} /></label>
        <label>
          Title block, one line each
          <textarea value={body.titleLines.join("\n")} rows={4} onChange={(event) => change({ titleLines: event.target.value.split("\n") })} aria-invalid={titleLineErrors.length > 0} />
          {titleLineErrors.map(([path, message]) => <FieldError key={path} message={lineMessage(path, message)} />)}
        </label>
        <OpeningField paragraphs={body.opening} onChange={(opening) => change({ opening })} errors={errors} />
        <SectionsField sections={body.sections} onChange={(sections) => change({ sections })} errors={errors} />
        <div className="columns">
          <label>
            Agenda headings numbered
            <select value={body.headingNumbering} onChange={(event) => change({ headingNumbering: HeadingNumberingSchema.parse(event.target.value) })}>
              {HeadingNumberingSchema.options.map((style) => <option key={style} value={style}>{NUMBERING_LABELS[style]}</option>)}
            </select>
          </label>
          <label className="checkbox-label">
            <input type="checkbox" checked={body.numberParagraphs} onChange={(event) => change({ numberParagraphs: event.target.checked })} />
            Number the paragraphs (1., 2., … formal style)
          </label>
        </div>
        <DraftWordingFields subItemNumbering={body.subItemNumbering} speakerName={body.speakerName} onChange={change} />
        <div className="form-actions">
          <FieldError message={errors.form} />
          <button type="button" onClick={onCancel}>Cancel</button>
          <button type="submit" className="primary" disabled={busy}>{busy ? "Saving…" : "Save template"}</button>
        </div>
      </form>
      <TemplatePreview body={body} />
    </div>
  );
}

const lineMessage = (path: string, message: string) => {
  const index = Number(path.split(".")[1]);
  return Number.isInteger(index) ? `Line ${index + 1}: ${message}` : message;
};
