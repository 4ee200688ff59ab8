import type { PublishedFormat } from "@rapporteur/shared";
import type { Publication } from "../store/publish-store.js";

/** Every public URL in one place, so pages, feed and API link the same way. */
export const publicPaths = {
  series: (seriesSlug: string) => `/p/${seriesSlug}/`,
  feed: (seriesSlug: string) => `/p/${seriesSlug}/feed.atom`,
  calendar: (seriesSlug: string) => `/p/${seriesSlug}/next.ics`,
  report: (publication: Publication) => `/p/${publication.seriesSlug}/${publication.slug}`,
  revision: (publication: Publication) => `/p/${publication.seriesSlug}/${publication.slug}/r/${publication.revision}`,
  file: (publication: Publication, format: PublishedFormat) => `${publicPaths.revision(publication)}/report.${format}`,
  manifest: (publication: Publication) => `${publicPaths.revision(publication)}/manifest.json`,
  stylesheet: "/p/style.css",
  verify: "/verify",
  keys: "/.well-known/rapporteur-keys.json",
} as const;

export const FORMAT_LABELS: Record<PublishedFormat, string> = { pdf: "PDF", docx: "Word", md: "Markdown" };
