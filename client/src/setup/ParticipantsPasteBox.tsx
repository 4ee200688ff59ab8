import { useMemo } from "react";
import { parseParticipantsText, type ParticipantInput } from "@rapporteur/shared";
import { PasteBox } from "./PasteBox";

const PLACEHOLDER = "Anja Gengo (IGF Secretariat, Secretariat)\nTitti Cassa, Government of Italy, Co-chair\nWolfgang Kleinwächter";

/** "Paste the participant list": people read in the browser, shown as a table, used on request. */
export function ParticipantsPasteBox({ text, onTextChange, onUse }: { text: string; onTextChange: (text: string) => void; onUse: (participants: ParticipantInput[]) => void }) {
  const parsed = useMemo(() => parseParticipantsText(text), [text]);
  const people = parsed.participants;
  return (
    <PasteBox what="participant list" value={text} onChange={onTextChange} placeholder={PLACEHOLDER} warnings={parsed.warnings} count={people.length} onUse={() => onUse(people)}>
      {people.length === 0 ? (
        <p className="muted">No participant found yet.</p>
      ) : (
        <table className="participants-preview" aria-label="Participants preview">
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Affiliation</th><th scope="col">Role</th></tr>
          </thead>
          <tbody>
            {people.map((person, index) => (
              <tr key={index}><td>{person.name}</td><td>{person.affiliation ?? ""}</td><td>{person.role ?? ""}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </PasteBox>
  );
}
