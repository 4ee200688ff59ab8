import { Feed } from "feed";
import { formatMeetingDate } from "@rapporteur/shared";
import type { Publication } from "../store/publish-store.js";
import { publicPaths } from "./public-paths.js";
import { revisionLabel } from "./record-details.js";

/** The series' approved reports as an Atom feed, one entry per approved revision. */
export function renderSeriesFeed(origin: string, series: { name: string; slug: string }, publications: readonly Publication[]): string {
  const base = origin.replace(/\/$/, "");
  const newest = publications[0]?.manifest.statement.approvedAt;
  const feed = new Feed({
    id: `${base}${publicPaths.series(series.slug)}`,
    title: `${series.name}: approved Summary Reports`,
    link: `${base}${publicPaths.series(series.slug)}`,
    updated: new Date(newest ?? 0),
    feedLinks: { atom: `${base}${publicPaths.feed(series.slug)}` },
    generator: "Rapporteur",
    language: "en",
    copyright: "",
  });
  for (const publication of publications) {
    const { statement } = publication.manifest;
    feed.addItem({
      title: `${statement.title} (${revisionLabel(publication)})`,
      id: `${base}${publicPaths.revision(publication)}`,
      link: `${base}${publicPaths.revision(publication)}`,
      date: new Date(statement.approvedAt),
      description: `Summary Report of ${statement.series}, ${statement.title}, ${formatMeetingDate(statement.startsAt)}; approved by ${statement.approvedBy}. Verification reference ${statement.reference}.`,
    });
  }
  return feed.atom1();
}
