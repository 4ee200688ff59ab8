import { BUILT_IN_TEMPLATES, type ReportTemplate, type ReportTemplateBody } from "@rapporteur/shared";

/** What the templates page is editing: a new template, a copy, or one of the group's own. */
export interface TemplateDraft {
  /** The template being changed; none for a new one or a copy (saved with POST). */
  id?: string;
  /** The template a copy was made from, to say so above the form. */
  copiedFrom?: string;
  body: ReportTemplateBody;
}

const bodyOf = ({ name, description, titleLines, opening, sections, headingNumbering, subItemNumbering, speakerName, numberParagraphs }: ReportTemplate): ReportTemplateBody => ({
  name,
  description,
  titleLines: [...titleLines],
  opening: [...opening],
  sections: sections.map((section) => ({ ...section })),
  headingNumbering,
  subItemNumbering: subItemNumbering ?? "lower-alpha",
  speakerName: speakerName ?? "first",
  numberParagraphs,
});

/** A built-in is adapted by copying it: the copy is the group's own and can be edited. */
export function copyTemplate(template: ReportTemplate): TemplateDraft {
  return { copiedFrom: template.name, body: { ...bodyOf(template), name: `Copy of ${template.name}` } };
}

export function editTemplate(template: ReportTemplate): TemplateDraft {
  return { id: template.id, body: bodyOf(template) };
}

/** A new template starts from the plainest built-in, so every field has a sensible value. */
export function newTemplate(): TemplateDraft {
  return { body: { ...bodyOf(BUILT_IN_TEMPLATES[0]!), name: "", description: "" } };
}
