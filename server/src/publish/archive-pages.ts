import { formatMeetingDate, type Meeting } from "@rapporteur/shared";
import type { Publication } from "../store/publish-store.js";
import { html, Html } from "./escape-html.js";
import { renderPublicPage } from "./public-layout.js";
import { publicPaths } from "./public-paths.js";
import { renderDiff, renderDownloads, renderRecordDetails, revisionLabel } from "./record-details.js";

export interface SeriesView {
  name: string;
  slug: string;
  keyId: string;
  nextMeeting: Meeting | undefined;
}

function alternates(series: SeriesView) {
  const feed = { type: "application/atom+xml", title: `${series.name}: approved Summary Reports`, href: publicPaths.feed(series.slug) };
  const calendar = { type: "text/calendar", title: `${series.name}: next meeting`, href: publicPaths.calendar(series.slug) };
  return series.nextMeeting ? [feed, calendar] : [feed];
}

/** `/p/<series>/`: the approved reports, newest first, each revision with its downloads. */
export function renderSeriesArchive(series: SeriesView, publications: readonly Publication[]): string {
  const items = publications.map((publication) => {
    const { statement } = publication.manifest;
    return html`<li><h2><a href="${publicPaths.revision(publication)}">${statement.title}</a></h2>
<p class="meta">Meeting of ${formatMeetingDate(statement.startsAt)} · ${revisionLabel(publication)} · approved ${formatMeetingDate(statement.approvedAt)}</p>
${renderDownloads(publication)}</li>`;
  });
  const list = items.length > 0 ? html`<ol class="reports">${items}</ol>` : html`<p>No report has been approved yet.</p>`;
  const body = html`<h1>${series.name}: Summary Reports</h1>
${renderNextMeeting(series)}
<p>Follow new reports with the <a href="${publicPaths.feed(series.slug)}">Atom feed</a>.</p>
${list}`;
  return renderPublicPage({ title: `${series.name}: Summary Reports`, alternates: alternates(series), keyId: series.keyId, body });
}

function renderNextMeeting(series: SeriesView): Html | null {
  const next = series.nextMeeting;
  if (!next) return null;
  return html`<p>Next meeting: ${next.title}, ${formatMeetingDate(next.startsAt)} (<a href="${publicPaths.calendar(series.slug)}">add to calendar</a>).</p>`;
}

/** One approved revision as a page: the report, its record, the other revisions, what changed. */
export function renderReportPage(series: SeriesView, publication: Publication, revisions: readonly Publication[]): string {
  const { statement } = publication.manifest;
  const others = revisions.map((entry) =>
    entry.revision === publication.revision
      ? html`<li aria-current="page">${revisionLabel(entry)} (this page), approved ${formatMeetingDate(entry.manifest.statement.approvedAt)}</li>`
      : html`<li><a href="${publicPaths.revision(entry)}">${revisionLabel(entry)}</a>, approved ${formatMeetingDate(entry.manifest.statement.approvedAt)}</li>`,
  );
  const changes = publication.diff
    ? html`<section aria-labelledby="changes"><h2 id="changes">What changed in ${revisionLabel(publication)}</h2>${renderDiff(publication.diff)}</section>`
    : null;
  const body = html`<article class="report" aria-label="Summary Report">${new Html(publication.html)}</article>
<section class="record" aria-labelledby="record"><h2 id="record">Approval record</h2>
${renderRecordDetails(publication)}
${renderDownloads(publication)}
${revisions.length > 1 ? html`<h3>Revisions</h3><ul>${others}</ul>` : null}
</section>
${changes}`;
  return renderPublicPage({
    title: `${statement.title}: Summary Report (${revisionLabel(publication)})`,
    trail: [{ href: publicPaths.series(series.slug), label: series.name }],
    alternates: alternates(series),
    keyId: series.keyId,
    body,
  });
}
