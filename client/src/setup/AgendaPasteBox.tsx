import { useMemo } from "react";
import { parseAgendaText, type AgendaItemInput } from "@rapporteur/shared";
import { PasteBox } from "./PasteBox";

const PLACEHOLDER = "1. Adoption of the agenda\n2. Work plan for 2023\n   a) Open consultations\n   b) MAG meeting\n3. AoB";

/** "Paste the agenda": items and sub-items read in the browser, put into the editor on request. */
export function AgendaPasteBox({ text, onTextChange, onUse }: { text: string; onTextChange: (text: string) => void; onUse: (items: AgendaItemInput[]) => void }) {
  const parsed = useMemo(() => parseAgendaText(text), [text]);
  return (
    <PasteBox what="agenda" value={text} onChange={onTextChange} placeholder={PLACEHOLDER} warnings={parsed.warnings} count={parsed.items.length} onUse={() => onUse(parsed.items)}>
      {parsed.items.length === 0 ? (
        <p className="muted">No agenda item found yet.</p>
      ) : (
        <ol className="agenda-preview" aria-label="Agenda preview">
          {parsed.items.map((item, index) => (
            <li key={index}>
              {item.title}
              {(item.children ?? []).length > 0 && (
                <ol>{item.children!.map((child, childIndex) => <li key={childIndex}>{child.title}</li>)}</ol>
              )}
            </li>
          ))}
        </ol>
      )}
    </PasteBox>
  );
}
