import { formatMeetingDate, VERIFY_NOT_APPROVED, type ApprovalStatement } from "@rapporteur/shared";
import { html, type Html } from "./escape-html.js";
import { renderPublicPage } from "./public-layout.js";
import { FORMAT_LABELS, publicPaths } from "./public-paths.js";
import type { VerifyOutcome } from "./verify-record.js";

export interface VerifyPageState {
  keyId: string;
  /** What was checked: "the file x.pdf" or "the hash …". */
  subject?: string;
  outcome?: VerifyOutcome;
  /** Set only when the publication's series is public. */
  publicLink?: string | undefined;
}

/** `/verify`: a file to drop or a hash or reference to paste; works without JavaScript. */
export function renderVerifyPage(state: VerifyPageState): string {
  const body = html`<h1>Verify a Summary Report</h1>
<p>Check whether a PDF, Word or Markdown file, a SHA-256 or a printed verification reference is an approved record of this installation.</p>
${state.outcome && state.subject ? renderOutcome(state.subject, state.outcome, state.publicLink) : null}
<form method="post" action="${publicPaths.verify}" enctype="multipart/form-data">
<label for="file">Report file (PDF, Word or Markdown)</label>
<input type="file" id="file" name="file" accept=".pdf,.docx,.md,application/pdf,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document" required>
<button type="submit">Check the file</button>
</form>
<form method="get" action="${publicPaths.verify}">
<label for="q">SHA-256 or verification reference</label>
<input type="text" id="q" name="q" autocomplete="off" spellcheck="false" required>
<button type="submit">Check</button>
</form>
<p>Offline: <code>npx rapporteur-verify report.pdf --keys ${publicPaths.keys}</code> checks a file against the <a href="${publicPaths.keys}">public key</a>.</p>`;
  return renderPublicPage({ title: "Verify a Summary Report", keyId: state.keyId, body });
}

function renderOutcome(subject: string, outcome: VerifyOutcome, publicLink: string | undefined): Html {
  if (outcome.approved) {
    const match = outcome.match === "content" || outcome.match === "reference" || outcome.match === "signature" ? "" : ` (the approved ${FORMAT_LABELS[outcome.match]} file, byte for byte)`;
    return html`<section aria-labelledby="verdict"><h2 id="verdict" class="verdict ok">Approved record${match}</h2>
<p>Checked: ${subject}.</p>${describe(outcome.statement)}
${publicLink ? html`<p><a href="${publicLink}">Read the approved report</a></p>` : null}</section>`;
  }
  const claims = outcome.claims
    ? html`<p>The file names itself ${outcome.claims.title} (${formatMeetingDate(outcome.claims.startsAt)}), revision ${outcome.claims.revision}, but its bytes differ from that approved record: it was changed after approval, or is not from this installation.</p>
${outcome.closest ? html`<p>Closest approved version:</p>${describe(outcome.closest.manifest.statement)}` : null}`
    : null;
  return html`<section aria-labelledby="verdict"><h2 id="verdict" class="verdict bad">${capitalise(VERIFY_NOT_APPROVED)}</h2>
<p>Checked: ${subject}${outcome.sha256 ? html` (SHA-256 <code>${outcome.sha256}</code>)` : null}.</p>${claims}</section>`;
}

function describe(statement: ApprovalStatement): Html {
  return html`<dl>
<dt>Meeting</dt><dd>${statement.series}: ${statement.title}, ${formatMeetingDate(statement.startsAt)}</dd>
<dt>Revision</dt><dd>${statement.revision} (document version ${statement.version})</dd>
<dt>Approved by</dt><dd>${statement.approvedBy}, ${formatMeetingDate(statement.approvedAt)}</dd>
<dt>Reference</dt><dd><code>${statement.reference}</code></dd>
</dl>`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
