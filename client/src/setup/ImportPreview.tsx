import { useDeferredValue, useMemo } from "react";
import { formatMeetingDate, formatMeetingTime, importSummary, type ReportTemplate } from "@rapporteur/shared";
import { utcStartsAt } from "../components/utc-date-time";
import type { ImportFields } from "./ImportCorrections";
import { ParseWarnings } from "./ParseWarnings";

interface ImportPreviewProps {
  text: string;
  corrections: ImportFields;
  templates: ReportTemplate[];
}

/** What the server will read from the summary, read the same way in the browser before importing. */
export function ImportPreview({ text, corrections, templates }: ImportPreviewProps) {
  // A long summary is re-read after typing settles, so the textarea never lags.
  const deferred = useDeferredValue(text);
  const read = useMemo(() => (deferred.trim() ? importSummary(deferred) : undefined), [deferred]);
  if (!read) return <aside className="import-preview paste-preview" aria-label="What will be imported"><p className="muted">Paste a summary or choose a file: what is read from it shows here.</p></aside>;

  const templateId = corrections.templateId || read.suggestedTemplateId;
  const date = corrections.date ? utcStartsAt(corrections.date, corrections.time) : read.startsAt;
  const people = [...new Set([...read.hosts, ...read.moderators])];
  return (
    <aside className="import-preview paste-preview" aria-label="What will be imported">
      <div className="paste-preview-title">What will be imported</div>
      <dl>
        <dt>Series</dt><dd>{corrections.series || read.series || <em>not found: “Imported meetings”</em>}</dd>
        <dt>Meeting</dt><dd>{corrections.title || read.title || <em>not found: “Imported meeting”</em>}{read.number !== undefined && ` (no. ${read.number})`}</dd>
        <dt>Date</dt><dd>{date ? `${formatMeetingDate(date)}, ${formatMeetingTime(date)} UTC` : <em className="warning-text">not found: today, unless set under Corrections</em>}</dd>
        {people.length > 0 && <><dt>Hosted, moderated by</dt><dd>{people.join(", ")}</dd></>}
        <dt>Template</dt><dd>{templates.find((template) => template.id === templateId)?.name ?? templateId}</dd>
        <dt>Agenda</dt><dd>{read.agenda.length === 0 ? "none found" : <ol className="agenda-preview">{read.agenda.map((item, index) => <li key={index}>{item.title}</li>)}</ol>}</dd>
        <dt>Participants</dt><dd>{read.participants.length === 0 ? "none listed" : `${read.participants.length}: ${read.participants.slice(0, 4).map((person) => person.name).join(", ")}${read.participants.length > 4 ? ", …" : ""}`}</dd>
        <dt>Sections</dt><dd>{read.sections.length} ({read.sections.reduce((sum, section) => sum + section.blocks.length, 0)} paragraphs and list items)</dd>
      </dl>
      <ParseWarnings warnings={read.warnings} label="Warnings about the summary text" />
    </aside>
  );
}
