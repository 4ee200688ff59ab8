import { useQueryClient } from "@tanstack/react-query";
import { Link } from "wouter";
import type { Series } from "@rapporteur/shared";
import { libraryKeys, useSeriesList } from "../api/meeting-queries";
import { SeriesSettings } from "../setup/SeriesSettings";
import { useTemplateChoices } from "../setup/use-template-choices";
import "../setup/setup.css";

/** Every series with its default template, numbering style and usual participants. */
export function SeriesPage() {
  const queryClient = useQueryClient();
  const { data: series, error } = useSeriesList();
  const templates = useTemplateChoices();
  const loadError = error?.message;
  const replace = (saved: Series) =>
    queryClient.setQueryData(libraryKeys.series, (current: Series[] | undefined) => current?.map((entry) => (entry.name === saved.name ? saved : entry)));

  return (
    <main className="narrow">
      <p className="page-links"><Link href="/">← Meetings</Link><Link href="/templates">Report templates</Link></p>
      <h1>Series</h1>
      <p className="muted">A series is created with its first meeting. Its default template, numbering and usual participants are used when its next meeting is set up or scheduled.</p>
      {loadError && <p className="field-error" role="alert">The series could not be loaded: {loadError}</p>}
      {series?.length === 0 && <p className="muted">No series yet: <Link href="/new">create a meeting</Link> or <Link href="/import">import a past summary</Link>, and its series is listed here.</p>}
      {series?.map((entry) => <SeriesSettings key={entry.name} series={entry} templates={templates} onSaved={replace} />)}
    </main>
  );
}
