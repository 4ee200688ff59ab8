import { useEffect, useState } from "react";
import type { Series } from "@rapporteur/shared";
import { meetingsApi } from "../api/meetings-api";
import { SeriesSettings } from "../setup/SeriesSettings";
import { useTemplateChoices } from "../setup/use-template-choices";
import "../setup/setup.css";

/** Every series with its default template, numbering style and usual participants. */
export function SeriesPage() {
  const [series, setSeries] = useState<Series[]>();
  const templates = useTemplateChoices();
  const [loadError, setLoadError] = useState<string>();

  useEffect(() => {
    meetingsApi.series().then(({ series: loaded }) => setSeries(loaded), (error: unknown) => setLoadError(error instanceof Error ? error.message : String(error)));
  }, []);
  const replace = (saved: Series) => setSeries((current) => current?.map((entry) => (entry.name === saved.name ? saved : entry)));

  return (
    <main className="narrow">
      <p className="page-links"><a href="/">← Meetings</a><a href="/templates">Report templates</a></p>
      <h1>Series</h1>
      <p className="muted">A series is created with its first meeting. Its default template, numbering and usual participants are used when its next meeting is set up or scheduled.</p>
      {loadError && <p className="field-error" role="alert">The series could not be loaded: {loadError}</p>}
      {series?.length === 0 && <p className="muted">No series yet: <a href="/new">create a meeting</a> or <a href="/import">import a past summary</a>, and its series is listed here.</p>}
      {series?.map((entry) => <SeriesSettings key={entry.name} series={entry} templates={templates} onSaved={replace} />)}
    </main>
  );
}
