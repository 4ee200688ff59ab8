import type { ParseWarning } from "@rapporteur/shared";

/** The lines a parser could not read as intended, so nobody loses a line without knowing. */
export function ParseWarnings({ warnings, label }: { warnings: ParseWarning[]; label: string }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="parse-warnings" aria-label={label}>
      {warnings.map((warning, index) => (
        <li key={index}>
          {/* A warning without a line's text is about the whole paste, not about line 1. */}
          {warning.text && <span className="warning-line">Line {warning.line} </span>}
          {warning.message}
          {warning.text && <q>{warning.text}</q>}
        </li>
      ))}
    </ul>
  );
}
