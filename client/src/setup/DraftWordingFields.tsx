import { SpeakerNameSchema, SubItemNumberingSchema, type SpeakerName, type SubItemNumbering } from "@rapporteur/shared";

const SUB_ITEM_LABELS: Record<SubItemNumbering, string> = {
  "lower-alpha": "a.  b.  c.",
  "lower-alpha-paren": "a)  b)  c)",
  "decimal-nested": "1.1  1.2  1.3",
  none: "No labels",
};

const SPEAKER_LABELS: Record<SpeakerName, string> = {
  first: "First name (Carlos)",
  full: "Full name (Carlos Alberto Afonso)",
  titleSurname: "Title and surname (Dr. Afonso)",
};

interface DraftWordingFieldsProps {
  subItemNumbering: SubItemNumbering;
  speakerName: SpeakerName;
  onChange(change: { subItemNumbering?: SubItemNumbering; speakerName?: SpeakerName }): void;
}

/** How sub-item headings are labelled and how "Carlos: " names a speaker in the text. */
export function DraftWordingFields({ subItemNumbering, speakerName, onChange }: DraftWordingFieldsProps) {
  return (
    <div className="columns">
      <label>
        Sub-item headings labelled
        <select value={subItemNumbering} onChange={(event) => onChange({ subItemNumbering: SubItemNumberingSchema.parse(event.target.value) })}>
          {SubItemNumberingSchema.options.map((style) => <option key={style} value={style}>{SUB_ITEM_LABELS[style]}</option>)}
        </select>
      </label>
      <label>
        Speakers named by
        <select value={speakerName} onChange={(event) => onChange({ speakerName: SpeakerNameSchema.parse(event.target.value) })}>
          {SpeakerNameSchema.options.map((style) => <option key={style} value={style}>{SPEAKER_LABELS[style]}</option>)}
        </select>
      </label>
    </div>
  );
}
