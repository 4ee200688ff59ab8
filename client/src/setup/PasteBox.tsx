import type { ReactNode } from "react";
import type { ParseWarning } from "@rapporteur/shared";
import { ParseWarnings } from "./ParseWarnings";
import "./setup.css";

interface PasteBoxProps {
  /** "agenda" or "participant list": used in every label. */
  what: string;
  value: string;
  onChange: (text: string) => void;
  placeholder: string;
  warnings: ParseWarning[];
  /** How many entries the text gave; the button is off while there are none. */
  count: number;
  onUse: () => void;
  /** The preview of what the text gave. */
  children: ReactNode;
}

/** A textarea for text copied from an email or a document, with what it reads as beside it. */
export function PasteBox({ what, value, onChange, placeholder, warnings, count, onUse, children }: PasteBoxProps) {
  return (
    <div className="paste-box">
      <label className="paste-input">
        Paste the {what}
        <textarea value={value} onChange={(event) => onChange(event.target.value)} placeholder={placeholder} rows={9} spellCheck={false} />
      </label>
      <div className="paste-preview" aria-live="polite">
        <div className="paste-preview-title">Preview</div>
        {value.trim() === "" ? <p className="muted">What you paste is read here as you type.</p> : children}
        <ParseWarnings warnings={warnings} label={`Warnings about the pasted ${what}`} />
        <button type="button" onClick={onUse} disabled={count === 0}>Use this {what} ↓</button>
      </div>
    </div>
  );
}
