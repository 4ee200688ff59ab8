import type { Approval } from "@rapporteur/shared";
import { formatUtc } from "./format-utc";

/** The last approval: which version, by whom, when, and the start of its SHA-256 (enough to compare by eye). */
export function ApprovalSummary({ approval, current }: { approval: Approval; current: boolean }) {
  return (
    <div className="approval-summary" aria-label="Last approval">
      <h3>{current ? "Approved version" : "Last approval (since reopened)"}</h3>
      <dl>
        <dt>Version</dt><dd>v{approval.version}</dd>
        <dt>By</dt><dd>{approval.approvedBy}</dd>
        <dt>When</dt><dd>{formatUtc(approval.approvedAt)}</dd>
        <dt>SHA-256</dt><dd><code title={approval.sha256}>{approval.sha256.slice(0, 12)}</code></dd>
      </dl>
    </div>
  );
}
