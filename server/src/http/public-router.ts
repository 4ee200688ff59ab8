import { Router, type Response } from "express";
import { z } from "zod";
import { PUBLISHED_FORMATS } from "@rapporteur/shared";
import { baseUrlOf } from "../access/meeting-links.js";
import { renderReportPage, renderSeriesArchive, type SeriesView } from "../publish/archive-pages.js";
import type { PublicArchive } from "../publish/public-archive.js";
import { PUBLIC_STYLE, VISUALLY_HIDDEN_STYLE } from "../publish/public-style.js";
import type { PublishStore } from "../store/publish-store.js";
import { notFound } from "../errors.js";
import { parseRequest } from "./parse-request.js";

const Slug = z.string().regex(/^[a-z0-9-]{1,120}$/, "not a known address");
const SeriesParams = z.object({ series: Slug });
const ReportParams = z.object({ series: Slug, meeting: Slug });
const RevisionParams = ReportParams.extend({ revision: z.coerce.number().int().positive().max(10_000) });
const FileParams = RevisionParams.extend({ format: z.enum(PUBLISHED_FORMATS) });

const CONTENT_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  md: "text/markdown; charset=utf-8",
} as const;

/** Pages change only when a report is approved; a minute of caching, then ETag revalidation. */
function sendPage(response: Response, type: string, body: string): void {
  response.set("Cache-Control", "public, max-age=60").type(type).send(body);
}

/** `/p/...`: the public archive of series that publish. Everything else is a 404, never a hint. */
export function createPublicRouter({ archive, publish, publicUrl }: { archive: PublicArchive; publish: PublishStore; publicUrl: string | undefined }): Router {
  const router = Router();
  const requireSeries = async (slug: string, nextMeeting = true): Promise<SeriesView> => {
    const series = await archive.findSeries(slug, { nextMeeting });
    if (!series) throw notFound("page");
    return series;
  };
  const requireRevisions = async (params: unknown, nextMeeting = true) => {
    const { series: seriesSlug, meeting } = parseRequest(ReportParams, params, "params");
    const series = await requireSeries(seriesSlug, nextMeeting);
    const revisions = await archive.listRevisions(series, meeting);
    if (revisions.length === 0) throw notFound("report");
    return { series, revisions };
  };

  router.get("/style.css", (_request, response) => {
    response.set("Cache-Control", "public, max-age=3600").type("text/css").send(`${PUBLIC_STYLE}\n${VISUALLY_HIDDEN_STYLE}\n`);
  });
  router.get("/:series/", async (request, response) => {
    const series = await requireSeries(parseRequest(SeriesParams, request.params, "params").series);
    sendPage(response, "html", renderSeriesArchive(series, await archive.listPublications(series, baseUrlOf(request, publicUrl))));
  });
  router.get("/:series/feed.atom", async (request, response) => {
    const series = await requireSeries(parseRequest(SeriesParams, request.params, "params").series, false);
    const origin = baseUrlOf(request, publicUrl);
    // Feed and iCalendar libraries load at the first request for them, not at start-up (idle memory).
    const { renderSeriesFeed } = await import("../publish/series-feed.js");
    sendPage(response, "application/atom+xml; charset=utf-8", renderSeriesFeed(origin, series, await archive.listPublications(series, origin)));
  });
  router.get("/:series/next.ics", async (request, response) => {
    const series = await requireSeries(parseRequest(SeriesParams, request.params, "params").series);
    if (!series.nextMeeting) throw notFound("next meeting");
    const link = `${baseUrlOf(request, publicUrl)}/p/${series.slug}/`;
    const { renderNextMeetingCalendar } = await import("../publish/next-meeting-calendar.js");
    response.attachment(`${series.slug}-next-meeting.ics`);
    sendPage(response, "text/calendar; charset=utf-8", renderNextMeetingCalendar(series.nextMeeting, link));
  });
  router.get("/:series/:meeting", async (request, response) => {
    const { series, revisions } = await requireRevisions(request.params);
    sendPage(response, "html", renderReportPage(series, revisions[revisions.length - 1]!, revisions));
  });
  router.get("/:series/:meeting/r/:revision", async (request, response) => {
    const { revision } = parseRequest(RevisionParams, request.params, "params");
    const { series, revisions } = await requireRevisions(request.params);
    const publication = revisions.find((entry) => entry.revision === revision);
    if (!publication) throw notFound("revision");
    sendPage(response, "html", renderReportPage(series, publication, revisions));
  });
  router.get("/:series/:meeting/r/:revision/manifest.json", async (request, response) => {
    const { revision } = parseRequest(RevisionParams, request.params, "params");
    const publication = (await requireRevisions(request.params, false)).revisions.find((entry) => entry.revision === revision);
    if (!publication) throw notFound("revision");
    response.set("Cache-Control", "public, max-age=31536000, immutable").json(publication.manifest);
  });
  router.get("/:series/:meeting/r/:revision/report.:format", async (request, response) => {
    const { revision, format } = parseRequest(FileParams, request.params, "params");
    const publication = (await requireRevisions(request.params, false)).revisions.find((entry) => entry.revision === revision);
    const bytes = publication && (await publish.getPublishedFile(publication.meetingId, revision, format));
    if (!publication || !bytes) throw notFound("file");
    // The bytes stored at approval, unchanged: their SHA-256 is the one the signed manifest names.
    response.attachment(publication.manifest.files[format].name).type(CONTENT_TYPES[format]);
    response.set("Cache-Control", "public, max-age=31536000, immutable").send(Buffer.from(bytes));
  });
  return router;
}
