import { Router } from "express";
import type { TemplateCatalog } from "../meetings/template-catalog.js";
import { notFound } from "./http-error.js";

/** `/api/templates`: the report templates a meeting can be made from. */
export function createTemplatesRouter({ templates }: { templates: TemplateCatalog }): Router {
  const router = Router();
  router.get("/", (_request, response) => {
    response.json({ templates: templates.list() });
  });
  router.get("/:id", (request, response) => {
    const template = templates.get(request.params.id);
    if (!template) throw notFound("template");
    response.json({ template });
  });
  return router;
}
