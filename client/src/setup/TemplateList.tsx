import { useState } from "react";
import type { ReportTemplate } from "@rapporteur/shared";

interface TemplateListProps {
  templates: ReportTemplate[];
  onCopy: (template: ReportTemplate) => void;
  onEdit: (template: ReportTemplate) => void;
  /** Own templates only; the server refuses one that meetings or series still use. */
  onDelete: (template: ReportTemplate) => void;
}

/** Built-in and the group's own templates; built-ins are read-only, so they are copied to adapt them. */
export function TemplateList({ templates, onCopy, onEdit, onDelete }: TemplateListProps) {
  const [confirming, setConfirming] = useState<string>();
  return (
    <ul className="template-list" aria-label="Templates">
      {templates.map((template) => (
        <li key={template.id} aria-label={template.name}>
          <div className="template-summary">
            <span className="title">{template.name}</span>
            {template.builtIn ? <span className="pill">Built-in, read-only</span> : <span className="pill tone-ok">Own</span>}
            <span className="muted">{template.description}</span>
          </div>
          <div className="template-actions">
            <button type="button" aria-label={`Copy ${template.name}`} onClick={() => onCopy(template)}>Copy</button>
            {!template.builtIn && <button type="button" aria-label={`Edit ${template.name}`} onClick={() => onEdit(template)}>Edit</button>}
            {!template.builtIn && confirming !== template.id && (
              <button type="button" aria-label={`Delete ${template.name}`} onClick={() => setConfirming(template.id)}>Delete</button>
            )}
            {confirming === template.id && (
              <>
                <button type="button" className="danger" onClick={() => { setConfirming(undefined); onDelete(template); }}>Delete “{template.name}”</button>
                <button type="button" onClick={() => setConfirming(undefined)}>Keep it</button>
              </>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
