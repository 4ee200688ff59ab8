import { roleAtLeast, type AuditEntry, type MeetingStatus } from "@rapporteur/shared";
import { useLastApproval, useMeetingAudit } from "../api/meeting-queries";
import type { PanelContext } from "../panels/panel-context";
import { ApiErrorAlert } from "./ApiErrorAlert";
import { ApprovalSummary } from "./ApprovalSummary";
import { ChairDecision } from "./ChairDecision";
import { describeStatus } from "./describe-status";
import { formatUtc } from "./format-utc";
import { ReopenMeeting } from "./ReopenMeeting";
import { SubmitForReview } from "./SubmitForReview";
import "./review.css";

/** The "Review" tab: where the summary stands, and the next step this person may take. */
export function ReviewPanel({ context }: { context: PanelContext }) {
  const { meetingId, meeting, role } = context;
  const status = meeting?.status;
  // Every review step (anyone's) re-reads everything about the meeting: the record follows it.
  const approval = useLastApproval(meetingId);
  const audit = useMeetingAudit(meetingId);
  if (!status) return <section className="panel" aria-label="Review"><p className="muted">Loading the review status…</p></section>;
  const { label, explanation } = describeStatus(status);
  const changesComment = status === "changes_requested" ? lastOf(audit.data ?? [], "request_changes") : undefined;

  return (
    <section className="panel review-panel" aria-labelledby="review-title">
      <h2 id="review-title">Review</h2>
      <p className="review-status" data-status={status} aria-live="polite">
        Status: <strong data-testid="review-status">{label}</strong>. {explanation}
      </p>
      {changesComment && (
        <div className="changes-comment" role="note" aria-label="Changes requested by the chair">
          <h3>Changes requested by {changesComment.actor}</h3>
          <p className="comment-text">{changesComment.detail}</p>
          <p className="muted">{formatUtc(changesComment.at)}</p>
        </div>
      )}
      {approval.data && <ApprovalSummary approval={approval.data} current={status === "approved"} />}
      <NextStep context={context} status={status} />
      <ApiErrorAlert error={approval.error ?? audit.error} />
      {role === "viewer" && <p className="muted">Viewers follow the review; note-takers submit and the chair approves.</p>}
    </section>
  );
}

function NextStep({ context, status }: { context: PanelContext; status: MeetingStatus }) {
  const { meetingId, role, doc, editor } = context;
  if (!roleAtLeast(role, "noteTaker")) return null;
  if (status === "drafting" || status === "changes_requested") {
    return <SubmitForReview meetingId={meetingId} doc={doc} editor={editor} />;
  }
  if (role !== "chair") return null;
  if (status === "in_review") return <ChairDecision meetingId={meetingId} />;
  return <ReopenMeeting meetingId={meetingId} />;
}

function lastOf(entries: AuditEntry[], action: AuditEntry["action"]): AuditEntry | undefined {
  return entries.filter((entry) => entry.action === action).at(-1);
}
