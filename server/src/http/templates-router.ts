import { Router } from "express";
import { z } from "zod";
import { ReportTemplateBodySchema } from "@rapporteur/shared";
import type { TemplateCatalog } from "../meetings/template-catalog.js";
import { notFound } from "../errors.js";
import { parseRequest } from "./parse-request.js";

const TemplateParamsSchema = z.object({ id: z.string().min(1).max(100) });

/** `/api/templates`: list, read, create, edit and delete report templates (built-ins are read-only). */
export function createTemplatesRouter({ templates }: { templates: TemplateCatalog }): Router {
  const router = Router();
  router.get("/", async (_request, response) => {
    response.json({ templates: await templates.list() });
  });
  router.get("/:id", async (request, response) => {
    const { id } = parseRequest(TemplateParamsSchema, request.params, "params");
    const template = await templates.get(id);
    if (!template) throw notFound("template");
    response.json({ template });
  });
  router.post("/", async (request, response) => {
    const body = parseRequest(ReportTemplateBodySchema, request.body, "body");
    const template = await templates.create(body);
    response.status(201).location(`/api/templates/${template.id}`).json({ template });
  });
  router.put("/:id", async (request, response) => {
    const { id } = parseRequest(TemplateParamsSchema, request.params, "params");
    const body = parseRequest(ReportTemplateBodySchema, request.body, "body");
    const template = await templates.update(id, body);
    if (!template) throw notFound("template");
    response.json({ template });
  });
  router.delete("/:id", async (request, response) => {
    const { id } = parseRequest(TemplateParamsSchema, request.params, "params");
    await templates.delete(id);
    response.status(204).end();
  });
  return router;
}
