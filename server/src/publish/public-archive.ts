import { seriesKey, slugify, type Meeting, type Series } from "@rapporteur/shared";
import type { Publication } from "../store/publish-store.js";
import type { Store } from "../store/store.js";
import type { InstallationKey } from "./installation-key.js";
import type { Publisher } from "./publisher.js";
import type { SeriesView } from "./archive-pages.js";

/** Reads what the public may see: only series that opted in, only approved, published revisions. */
export class PublicArchive {
  constructor(
    private readonly store: Store,
    private readonly publisher: Publisher,
  ) {}

  get key(): InstallationKey {
    return this.publisher.key;
  }

  /**
   * The series behind a slug, when its owner turned publishing on; otherwise nothing. Pages
   * ask for the next meeting (it is read from the series' meetings); file downloads do not.
   */
  async findSeries(slug: string, options: { nextMeeting: boolean }): Promise<SeriesView | undefined> {
    const series = (await this.store.listSeries()).find((entry) => entry.publish && slugify(entry.name) === slug);
    if (!series) return undefined;
    return { name: series.name, slug, keyId: this.key.keyId, nextMeeting: options.nextMeeting ? await this.nextMeeting(series) : undefined };
  }

  /**
   * The series' publications, newest first. A meeting approved before its series published (or
   * whose publication an outage interrupted) is published now, once, from its approved version.
   */
  async listPublications(series: SeriesView, origin: string): Promise<Publication[]> {
    const publications = await this.store.publish.listSeriesPublications(series.slug);
    const published = new Set(publications.map((entry) => entry.meetingId));
    const missing = (await this.seriesMeetings(series.name)).filter((meeting) => meeting.status === "approved" && !published.has(meeting.id));
    if (missing.length === 0) return publications;
    for (const meeting of missing) await this.publisher.publishApprovals(meeting.id, origin);
    return this.store.publish.listSeriesPublications(series.slug);
  }

  /** Every revision of the report at `slug`, oldest first. */
  async listRevisions(series: SeriesView, slug: string): Promise<Publication[]> {
    const latest = (await this.store.publish.listSeriesPublications(series.slug)).find((entry) => entry.slug === slug);
    return latest ? this.store.publish.listMeetingPublications(latest.meetingId) : [];
  }

  /** Whether a publication may be linked publicly: its series publishes. */
  async isPublic(publication: Publication): Promise<boolean> {
    const series = await this.store.getSeries(publication.manifest.statement.series);
    return series?.publish === true;
  }

  /** The earliest meeting of the series still to come, as the series' schedule has it. */
  private async nextMeeting(series: Series): Promise<Meeting | undefined> {
    const now = Date.now();
    return (await this.seriesMeetings(series.name))
      .filter((meeting) => Date.parse(meeting.startsAt) > now)
      .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0];
  }

  private async seriesMeetings(name: string): Promise<Meeting[]> {
    const key = seriesKey(name);
    return (await this.store.listMeetings({ limit: 1000 })).filter((meeting) => seriesKey(meeting.series) === key);
  }
}
