import { useState } from "react";
import type { Editor } from "@tiptap/core";
import type * as Y from "yjs";
import type { CheckWarning } from "@rapporteur/shared";
import { meetingsApi } from "../api/meetings-api";
import { useMeetingMutation } from "../api/use-meeting-mutation";
import { ApiErrorAlert } from "./ApiErrorAlert";
import { jumpToWarning } from "./jump-to-warning";

interface SubmitForReviewProps {
  meetingId: string;
  doc: Y.Doc;
  editor: Editor | null;
}

/** "Submit for review": first the pre-submission checks, each one a link into the text, then the submission. */
export function SubmitForReview({ meetingId, doc, editor }: SubmitForReviewProps) {
  const [warnings, setWarnings] = useState<CheckWarning[]>();
  const checks = useMeetingMutation(meetingId, () => meetingsApi.checks(meetingId));
  const submission = useMeetingMutation(meetingId, () => meetingsApi.transition(meetingId, "submit"));
  const busy = checks.isPending || submission.isPending;
  const error = submission.error ?? checks.error;
  const check = () => {
    submission.reset();
    checks.mutate(undefined, { onSuccess: (answer) => setWarnings(answer.warnings) });
  };
  const submit = () => submission.mutate(undefined, { onSuccess: () => setWarnings(undefined) });

  if (!warnings) {
    return (
      <div className="review-step">
        <button type="button" className="primary" disabled={busy} onClick={check}>Submit for review…</button>
        <ApiErrorAlert error={error} />
      </div>
    );
  }
  return (
    <div className="review-step" role="group" aria-label="Pre-submission check">
      {warnings.length === 0 ? (
        <p className="review-ok">✓ The checks found nothing to fix.</p>
      ) : (
        <>
          <p><strong>{warnings.length} {warnings.length === 1 ? "thing" : "things"} to look at</strong> before submitting (click one to go there):</p>
          <ul className="check-list" aria-label="Pre-submission warnings">
            {warnings.map((warning, index) => (
              <li key={`${warning.kind}-${warning.target ?? index}-${index}`}>
                <button type="button" disabled={!editor || !warning.target} aria-label={`Go to: ${warning.message}`}
                  onClick={() => editor && jumpToWarning(editor, doc, warning)}>
                  <span aria-hidden="true">⚠ </span>{warning.message}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="review-buttons">
        <button type="button" className="primary" disabled={busy} onClick={submit}>{warnings.length ? "Submit anyway" : "Submit"}</button>
        <button type="button" disabled={busy} onClick={check}>Check again</button>
        <button type="button" disabled={busy} onClick={() => setWarnings(undefined)}>Cancel</button>
      </div>
      <ApiErrorAlert error={error} />
    </div>
  );
}
