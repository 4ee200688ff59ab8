import { useState, type ChangeEvent, type FormEvent } from "react";
import { Link, useLocation } from "wouter";
import type { ImportSummaryRequest, ParseWarning } from "@rapporteur/shared";
import { rememberCreatedMeeting } from "../access/meeting-access";
import { ApiError } from "../api/api-error";
import { meetingsApi } from "../api/meetings-api";
import { FieldError } from "../components/FieldError";
import { utcStartsAt } from "../components/utc-date-time";
import { ImportCorrections, type ImportFields } from "../setup/ImportCorrections";
import { ImportPreview } from "../setup/ImportPreview";
import { ParseWarnings } from "../setup/ParseWarnings";
import { useTemplateChoices } from "../setup/use-template-choices";
import "../setup/setup.css";

const NO_CORRECTIONS: ImportFields = { templateId: "", series: "", title: "", date: "", time: "" };

/** Import a past summary: its text (pasted, or a .txt/.md file) becomes a meeting to continue from. */
export function ImportPage() {
  const [, navigate] = useLocation();
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string>();
  const [fields, setFields] = useState(NO_CORRECTIONS);
  const templates = useTemplateChoices();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [imported, setImported] = useState<{ meetingId: string; warnings: ParseWarning[] }>();
  const [busy, setBusy] = useState(false);

  const changeText = (next: string) => {
    setText(next);
    setErrors({});
  };
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    changeText(await file.text());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setErrors({ text: "Paste the text of a summary or choose a file." });
    setBusy(true);
    try {
      const created = await meetingsApi.importSummary(buildImportRequest(text, fields));
      rememberCreatedMeeting(created.meeting.id, created.meeting.title, created.tokens, created.links);
      // What could not be read as intended is said before the meeting opens, or nobody would know.
      if (created.warnings.length === 0) return navigate(`/m/${created.meeting.id}`);
      setImported({ meetingId: created.meeting.id, warnings: created.warnings });
    } catch (error) {
      const fieldErrors = error instanceof ApiError ? Object.fromEntries(error.fields.map((field) => [field.path, field.message])) : {};
      const message = error instanceof ApiError ? error.message : `The server could not be reached (${String(error)}).`;
      setErrors({ ...fieldErrors, form: message });
    }
    setBusy(false);
  };

  if (imported) {
    return (
      <main className="narrow">
        <h1>Summary imported</h1>
        <p>The meeting was created. Check these points in it:</p>
        <ParseWarnings warnings={imported.warnings} label="Warnings about the imported summary" />
        <p className="form-actions"><button type="button" className="primary" onClick={() => navigate(`/m/${imported.meetingId}`)}>Open the imported meeting</button></p>
      </main>
    );
  }
  return (
    <main className="wide">
      <p className="page-links"><Link href="/">← Meetings</Link><Link href="/new">New meeting from an agenda</Link></p>
      <h1>Import a past summary</h1>
      <p className="muted">The title block, date, agenda, participants and discussion are read from the text of an existing summary report (plain text or Markdown), so the next meeting can follow on from it.</p>
      <div className="import-layout">
        <form className="meeting-form" onSubmit={submit} noValidate>
          <label>
            Summary file (.txt or .md)
            <input type="file" accept=".txt,.md,.markdown,text/plain,text/markdown" onChange={(event) => void readFile(event)} />
            {fileName && <span className="hint">Read from {fileName}; you can still change the text below.</span>}
          </label>
          <label>
            Text of the summary
            <textarea className="import-text" value={text} onChange={(event) => changeText(event.target.value)} rows={11} aria-invalid={Boolean(errors.text)} placeholder="Paste the whole summary report, from its title to its annexes." />
            <FieldError message={errors.text} />
          </label>
          <ImportCorrections fields={fields} onChange={setFields} templates={templates} errors={errors} />
          <div className="form-actions">
            <FieldError message={errors.form} />
            <button type="submit" className="primary" disabled={busy}>{busy ? "Importing…" : "Import"}</button>
          </div>
        </form>
        <ImportPreview text={text} corrections={fields} templates={templates} />
      </div>
    </main>
  );
}

function buildImportRequest(text: string, fields: ImportFields): ImportSummaryRequest {
  return {
    text,
    ...(fields.templateId ? { templateId: fields.templateId } : {}),
    ...(fields.series.trim() ? { series: fields.series.trim() } : {}),
    ...(fields.title.trim() ? { title: fields.title.trim() } : {}),
    ...(fields.date ? { startsAt: utcStartsAt(fields.date, fields.time) } : {}),
  };
}
