import { useState } from "react";
import type { Editor } from "@tiptap/core";
import type * as Y from "yjs";
import type { CheckWarning } from "@rapporteur/shared";
import { meetingsApi } from "../api/meetings-api";
import { ApiErrorAlert } from "./ApiErrorAlert";
import { jumpToWarning } from "./jump-to-warning";
import { useApiAction } from "./use-api-action";

interface SubmitForReviewProps {
  meetingId: string;
  doc: Y.Doc;
  editor: Editor | null;
  onSubmitted: () => void;
}

/** "Submit for review": first the pre-submission checks, each one a link into the text, then the submission. */
export function SubmitForReview({ meetingId, doc, editor, onSubmitted }: SubmitForReviewProps) {
  const [warnings, setWarnings] = useState<CheckWarning[]>();
  const { busy, error, run } = useApiAction();
  const check = () => run(async () => setWarnings((await meetingsApi.checks(meetingId)).warnings));
  const submit = async () => {
    if (await run(() => meetingsApi.transition(meetingId, "submit"))) {
      setWarnings(undefined);
      onSubmitted();
    }
  };

  if (!warnings) {
    return (
      <div className="review-step">
        <button type="button" className="primary" disabled={busy} onClick={() => void check()}>Submit for review…</button>
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
        <button type="button" className="primary" disabled={busy} onClick={() => void submit()}>{warnings.length ? "Submit anyway" : "Submit"}</button>
        <button type="button" disabled={busy} onClick={() => void check()}>Check again</button>
        <button type="button" disabled={busy} onClick={() => setWarnings(undefined)}>Cancel</button>
      </div>
      <ApiErrorAlert error={error} />
    </div>
  );
}
