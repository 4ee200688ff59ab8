import { ROLE_LABELS, RoleSchema, type AuditEntry } from "@rapporteur/shared";
import { describeAuditAction } from "./describe-version";
import { formatUtc } from "./format-utc";

/** Who submitted, approved, reopened or restored, when; newest first. */
export function AuditLog({ entries }: { entries: AuditEntry[] }) {
  if (entries.length === 0) return <p className="muted">Nothing submitted, approved or restored yet.</p>;
  return (
    <ol className="audit-log" aria-label="Audit log" reversed>
      {[...entries].reverse().map((entry, index) => (
        <li key={`${entry.at}-${index}`}>
          <span className="audit-what"><strong>{entry.actor}</strong> ({roleLabel(entry.role)}) {describeAuditAction(entry.action)}{entry.version ? ` · v${entry.version}` : ""}</span>
          <span className="audit-when">{formatUtc(entry.at)}</span>
          {entry.detail && <span className="audit-detail">“{entry.detail}”</span>}
        </li>
      ))}
    </ol>
  );
}

function roleLabel(role: string): string {
  const parsed = RoleSchema.safeParse(role);
  return parsed.success ? ROLE_LABELS[parsed.data] : role;
}
