import type { LiveParticipant } from "@rapporteur/shared";
import "./mentions.css";

export interface MentionListProps {
  items: LiveParticipant[];
  selected: number;
  onPick: (participant: LiveParticipant) => void;
}

/** The "@" menu: matching participants with their affiliation; the editor keeps the keyboard. */
export function MentionList({ items, selected, onPick }: MentionListProps) {
  if (items.length === 0) {
    return <div className="mention-menu" role="status">No participant matches. Add late joiners in the Participants panel.</div>;
  }
  return (
    <ul className="mention-menu" role="listbox" aria-label="Participants to mention">
      {items.map((participant, index) => (
        <li
          key={participant.id}
          role="option"
          aria-selected={index === selected}
          className={index === selected ? "selected" : undefined}
          // Keeps the editor focused, so the mention lands where the "@" was typed.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(participant)}
        >
          <span className="mention-name">{participant.name}</span>
          {participant.affiliation && <span className="mention-affiliation">{participant.affiliation}</span>}
        </li>
      ))}
    </ul>
  );
}
