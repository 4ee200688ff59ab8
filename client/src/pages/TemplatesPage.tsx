import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { Link } from "wouter";
import type { ReportTemplate } from "@rapporteur/shared";
import { libraryKeys, useTemplates } from "../api/meeting-queries";
import { meetingsApi } from "../api/meetings-api";
import { TemplateForm } from "../setup/TemplateForm";
import { TemplateList } from "../setup/TemplateList";
import { copyTemplate, editTemplate, newTemplate, type TemplateDraft } from "../setup/template-draft";
import "../setup/setup.css";

/** Report templates as data: list them, copy a built-in, make a new one, edit the group's own. */
export function TemplatesPage() {
  const queryClient = useQueryClient();
  const { data: templates, error: readError } = useTemplates();
  const [actionError, setActionError] = useState<string>();
  const loadError = actionError ?? (readError ? `The templates could not be loaded: ${readError.message}` : undefined);
  const [draft, setDraft] = useState<TemplateDraft>();
  const [saved, setSaved] = useState<string>();

  const load = () => queryClient.invalidateQueries({ queryKey: libraryKeys.templates });

  const open = (next: TemplateDraft) => {
    setSaved(undefined);
    setDraft(next);
  };
  const remove = (template: ReportTemplate) => {
    setSaved(undefined);
    setActionError(undefined);
    meetingsApi.deleteTemplate(template.id).then(
      () => {
        setSaved(`Deleted “${template.name}”.`);
        void load();
      },
      (error: unknown) => setActionError(`“${template.name}” was not deleted: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  const finish = (template: ReportTemplate) => {
    setDraft(undefined);
    setSaved(`Saved “${template.name}”. Choose it when you create a meeting.`);
    void load();
  };

  return (
    <main className="wide">
      <p className="page-links"><Link href="/">← Meetings</Link><Link href="/new">New meeting</Link></p>
      <header className="list-header">
        <h1>{draft ? titleOf(draft) : "Report templates"}</h1>
        {!draft && <button type="button" className="primary" onClick={() => open(newTemplate())}>New template</button>}
      </header>
      {saved && <p className="notice" role="status">{saved}</p>}
      {loadError && <p className="field-error" role="alert">{loadError}</p>}
      {draft ? (
        <TemplateForm key={draft.id ?? draft.body.name} draft={draft} onSaved={finish} onCancel={() => setDraft(undefined)} />
      ) : (
        <>
          <p className="muted">A template sets the title block, the opening paragraph, the sections and annexes and how headings and paragraphs are numbered. A meeting keeps the template it was made from.</p>
          {templates && <TemplateList templates={templates} onCopy={(template) => open(copyTemplate(template))} onEdit={(template) => open(editTemplate(template))} onDelete={remove} />}
        </>
      )}
    </main>
  );
}

function titleOf(draft: TemplateDraft): string {
  if (draft.id) return `Edit “${draft.body.name}”`;
  return draft.copiedFrom ? `New template, copied from “${draft.copiedFrom}”` : "New template";
}
