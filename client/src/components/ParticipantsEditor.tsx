import type { ParticipantInput } from "@rapporteur/shared";
import { FieldError } from "./FieldError";

interface ParticipantsEditorProps {
  participants: ParticipantInput[];
  onChange: (participants: ParticipantInput[]) => void;
  /** Error messages by path ("participants.2.name"). */
  errors: Record<string, string>;
}

const COLUMNS = [
  { key: "name", label: "Name" },
  { key: "affiliation", label: "Affiliation" },
  { key: "role", label: "Role" },
] as const;

/** One row per expected participant: name, affiliation, role. */
export function ParticipantsEditor({ participants, onChange, errors }: ParticipantsEditorProps) {
  const update = (index: number, participant: ParticipantInput) => onChange(participants.map((current, i) => (i === index ? participant : current)));
  return (
    <table className="participants-editor">
      {participants.length > 0 && (
        <thead>
          <tr>{COLUMNS.map((column) => <th key={column.key} scope="col">{column.label}</th>)}<th /></tr>
        </thead>
      )}
      <tbody>
        {participants.map((participant, index) => (
          <tr key={index}>
            {COLUMNS.map((column) => (
              <td key={column.key}>
                <input
                  aria-label={`Participant ${index + 1} ${column.label.toLowerCase()}`}
                  value={participant[column.key] ?? ""}
                  onChange={(event) => update(index, { ...participant, [column.key]: event.target.value })}
                />
                <FieldError message={errors[`participants.${index}.${column.key}`]} />
              </td>
            ))}
            <td><button type="button" aria-label={`Remove participant ${index + 1}`} onClick={() => onChange(participants.filter((_, i) => i !== index))}>Remove</button></td>
          </tr>
        ))}
        <tr>
          <td colSpan={4}><button type="button" onClick={() => onChange([...participants, { name: "" }])}>+ Add participant</button></td>
        </tr>
      </tbody>
    </table>
  );
}
