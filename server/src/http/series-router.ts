import { Router } from "express";
import { UpdateSeriesRequestSchema } from "@rapporteur/shared";
import type { TemplateCatalog } from "../meetings/template-catalog.js";
import type { LibraryStore } from "../store/library-store.js";
import { HttpError } from "../errors.js";
import { parseRequest } from "./parse-request.js";

/** `/api/series`: each group's default template, numbering style and usual participants. */
export function createSeriesRouter({ store, templates }: { store: LibraryStore; templates: TemplateCatalog }): Router {
  const router = Router();
  router.get("/", async (_request, response) => {
    response.json({ series: await store.listSeries() });
  });
  router.put("/", async (request, response) => {
    const body = parseRequest(UpdateSeriesRequestSchema, request.body, "body");
    const existing = await store.getSeries(body.name);
    const defaultTemplateId = body.defaultTemplateId ?? existing?.defaultTemplateId ?? "discussion-per-item";
    if (!(await templates.get(defaultTemplateId))) {
      throw new HttpError(400, "invalid_request", "unknown template", [{ path: "defaultTemplateId", message: "no template with this id" }]);
    }
    const series = {
      name: existing?.name ?? body.name,
      defaultTemplateId,
      numberStyle: body.numberStyle ?? existing?.numberStyle ?? "arabic",
      usualParticipants: body.usualParticipants ?? existing?.usualParticipants ?? [],
      publish: body.publish ?? existing?.publish ?? false,
      updatedAt: new Date().toISOString(),
    } as const;
    await store.saveSeries(series);
    response.json({ series });
  });
  return router;
}
