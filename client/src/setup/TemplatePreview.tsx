import { fillPlaceholders, findUnknownPlaceholders, formatHeadingNumber, placeholderValues, type ReportTemplateBody } from "@rapporteur/shared";
import { SAMPLE_MEETING } from "./sample-meeting";

/** How the template begins for a sample meeting: title block, opening, first numbered heading. */
export function TemplatePreview({ body }: { body: ReportTemplateBody }) {
  const values = placeholderValues(SAMPLE_MEETING, { participantsAnnexed: body.sections.some((section) => section.kind === "participantsAnnex") });
  const fill = (text: string) => fillPlaceholders(text, values);
  const unknown = [...new Set([...body.titleLines, ...body.opening].flatMap(findUnknownPlaceholders))];
  const discussion = body.sections.find((section) => section.kind === "discussion");
  const firstItem = SAMPLE_MEETING.agenda[0]!.title;
  return (
    <section className="template-preview" aria-label="Preview with sample values">
      <div className="paste-preview-title">Preview with sample values</div>
      <div className="preview-page">
        {body.titleLines.filter((line) => line.trim()).map((line, index) => <p key={index} className="preview-title-line">{fill(line)}</p>)}
        {body.opening.map((paragraph, index) => <p key={index} data-testid="opening-preview">{body.numberParagraphs ? `${index + 1}. ` : ""}{fill(paragraph)}</p>)}
        {discussion && <p className="preview-heading">{discussion.title}</p>}
        <p className="preview-heading sub">{[formatHeadingNumber(body.headingNumbering, 1), firstItem].filter(Boolean).join(" ")}</p>
      </div>
      {unknown.length > 0 && <p className="field-error">Not a placeholder: {unknown.map((name) => `{${name}}`).join(", ")}</p>}
    </section>
  );
}
