import { SectionKindSchema, type SectionKind, type ReportTemplateBody } from "@rapporteur/shared";
import { FieldError } from "../components/FieldError";

type Sections = ReportTemplateBody["sections"];

const KIND_LABELS: Record<SectionKind, string> = {
  agenda: "Agenda list",
  followUp: "Follow-up on actions",
  discussion: "Discussion per item",
  nextSteps: "Next steps, actions",
  nextMeeting: "Next meeting",
  agendaAnnex: "Annex: agenda",
  participantsAnnex: "Annex: participants",
};

const move = (list: Sections, from: number, to: number): Sections => {
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [section] = next.splice(from, 1);
  next.splice(to, 0, section!);
  return next;
};

/** The report's sections in order, each with its kind and the title it prints; annexes are sections too. */
export function SectionsField({ sections, onChange, errors }: { sections: Sections; onChange: (sections: Sections) => void; errors: Record<string, string> }) {
  const update = (index: number, change: Partial<Sections[number]>) => onChange(sections.map((section, i) => (i === index ? { ...section, ...change } : section)));
  return (
    <fieldset>
      <legend>Sections, in order (annexes included)</legend>
      <p className="hint">The kind says what the section holds (one heading per agenda item under Discussion, the action table under Next steps); the title is printed as its heading, or none when left empty.</p>
      <ol className="template-sections">
        {sections.map((section, index) => {
          const n = index + 1;
          return (
            <li key={index}>
              <div className="row">
                <select aria-label={`Section ${n} kind`} value={section.kind} onChange={(event) => update(index, { kind: SectionKindSchema.parse(event.target.value) })}>
                  {SectionKindSchema.options.map((kind) => <option key={kind} value={kind}>{KIND_LABELS[kind]}</option>)}
                </select>
                <input aria-label={`Section ${n} title`} value={section.title} onChange={(event) => update(index, { title: event.target.value })} />
                <button type="button" aria-label={`Move section ${n} up`} disabled={index === 0} onClick={() => onChange(move(sections, index, index - 1))}>↑</button>
                <button type="button" aria-label={`Move section ${n} down`} disabled={index === sections.length - 1} onClick={() => onChange(move(sections, index, index + 1))}>↓</button>
                <button type="button" aria-label={`Remove section ${n}`} onClick={() => onChange(sections.filter((_, i) => i !== index))}>Remove</button>
              </div>
              <FieldError message={errors[`sections.${index}.title`] ?? errors[`sections.${index}.kind`]} />
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onChange([...sections, { kind: "nextSteps", title: "" }])}>+ Add section</button>
      <FieldError message={errors.sections} />
    </fieldset>
  );
}
