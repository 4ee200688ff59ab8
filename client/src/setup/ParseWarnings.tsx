import type { ParseWarning } from "@rapporteur/shared";

/** The lines a parser could not read as intended, so nobody loses a line without knowing. */
export function ParseWarnings({ warnings, label }: { warnings: ParseWarning[]; label: string }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="parse-warnings" aria-label={label}>
      {warnings.map((warning, index) => (
        <li key={index}>
          <span className="warning-line">Line {warning.line}</span> {warning.message}
          {warning.text && <q>{warning.text}</q>}
        </li>
      ))}
    </ul>
  );
}
