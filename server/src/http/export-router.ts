import { Router } from "express";
import { z } from "zod";
import { EXPORT_FORMATS, ExportOptionsSchema, exportFileName } from "@rapporteur/shared";
import type { RoomRegistry } from "../collab/room-registry.js";
import { readSummaryExport } from "../export/read-summary-export.js";
import { renderExport } from "../export/render-export.js";
import type { TemplateCatalog } from "../meetings/template-catalog.js";
import type { DocumentStore } from "../store/document-store.js";
import { notFound } from "./http-error.js";
import { parseMeetingParams } from "./meetings-router.js";
import { parseRequest } from "./parse-request.js";

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

const ExportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { message: `format must be one of ${EXPORT_FORMATS.join(", ")}` }),
  participants: flag.optional(),
  actions: flag.optional(),
  decisions: flag.optional(),
  times: flag.optional(),
  frontMatter: flag.optional(),
  pageSize: z.enum(["A4", "LETTER"]).optional(),
});

export interface ExportRouterOptions {
  store: DocumentStore;
  rooms: RoomRegistry;
  templates: TemplateCatalog;
}

/** `/api/meetings/:id/export?format=md|pdf|docx`: the live draft as a file. */
export function createExportRouter({ store, rooms, templates }: ExportRouterOptions): Router {
  const router = Router({ mergeParams: true });
  router.get("/", async (request, response) => {
    const { id } = parseMeetingParams(request.params);
    const query = parseRequest(ExportQuerySchema, request.query, "query");
    const meeting = await store.getMeeting(id);
    const doc = meeting && (await rooms.readDocument(id));
    if (!meeting || !doc) throw notFound("meeting");
    const options = ExportOptionsSchema.parse({
      includeParticipants: query.participants,
      includeActionTable: query.actions,
      includeDecisions: query.decisions,
      includeTimeMarkers: query.times,
      frontMatter: query.frontMatter,
      pageSize: query.pageSize,
    });
    const input = readSummaryExport(doc, meeting, await templates.get(meeting.templateId), options);
    const rendered = await renderExport(query.format, input);
    response.attachment(exportFileName(meeting, query.format)).type(rendered.contentType).send(rendered.body);
  });
  return router;
}
