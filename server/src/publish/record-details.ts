import { formatMeetingDate, PUBLISHED_FORMATS, type DiffPart } from "@rapporteur/shared";
import type { Publication } from "../store/publish-store.js";
import { html, type Html } from "./escape-html.js";
import { FORMAT_LABELS, publicPaths } from "./public-paths.js";

/** Download links of one revision, with each file's size. */
export function renderDownloads(publication: Publication): Html {
  const items = PUBLISHED_FORMATS.map((format) => {
    const file = publication.manifest.files[format];
    return html`<li><a href="${publicPaths.file(publication, format)}" download="${file.name}">${FORMAT_LABELS[format]}</a> (${formatSize(file.bytes)})</li>`;
  });
  return html`<ul class="downloads">${items}<li><a href="${publicPaths.manifest(publication)}">Signed manifest (JSON)</a></li></ul>`;
}

/** Who approved which version when, and the hashes anyone can recompute. */
export function renderRecordDetails(publication: Publication): Html {
  const { statement } = publication.manifest;
  return html`<dl>
<dt>Approved by</dt><dd>${statement.approvedBy}, ${formatMeetingDate(statement.approvedAt)}</dd>
<dt>Revision</dt><dd>${revisionLabel(publication)} (document version ${statement.version})</dd>
<dt>Verification reference</dt><dd><code>${statement.reference}</code></dd>
<dt>SHA-256 of the content (RFC 8785 canonical JSON)</dt><dd><code>${statement.contentSha256}</code></dd>
<dt>SHA-256 of the PDF</dt><dd><code>${publication.manifest.files.pdf.sha256}</code></dd>
</dl>`;
}

export function revisionLabel(publication: Publication): string {
  return publication.revision === 1 ? "Original" : `Revision ${publication.revision}`;
}

/** The changes since the previous revision, as marked-up text: insertions and deletions said in words too. */
export function renderDiff(parts: readonly DiffPart[]): Html {
  const runs = parts.map((part) => {
    if (part.op === "insert") return html`<ins><span class="visually-hidden">[added: </span>${part.text}<span class="visually-hidden">]</span></ins>`;
    if (part.op === "delete") return html`<del><span class="visually-hidden">[removed: </span>${part.text}<span class="visually-hidden">]</span></del>`;
    return html`${part.text}`;
  });
  return html`<div class="diff">${runs}</div>`;
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
