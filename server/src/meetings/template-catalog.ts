import {
  assertNever,
  BUILT_IN_TEMPLATES,
  DEFAULT_TEMPLATE_ID,
  type ReportTemplate,
  type ReportTemplateBody,
} from "@rapporteur/shared";
import { HttpError, notFound } from "../errors.js";
import type { LibraryStore } from "../store/library-store.js";
import { newId } from "./new-id.js";

const builtIns = new Map(BUILT_IN_TEMPLATES.map((template) => [template.id, template]));

/** Built-in templates (read-only) and the ones users made, stored in the database. */
export class TemplateCatalog {
  constructor(private readonly store: LibraryStore) {}

  async list(): Promise<ReportTemplate[]> {
    return [...builtIns.values(), ...(await this.store.listTemplates())];
  }

  async get(id: string | undefined): Promise<ReportTemplate | undefined> {
    const key = id ?? DEFAULT_TEMPLATE_ID;
    return builtIns.get(key) ?? (await this.store.getTemplate(key));
  }

  async create(body: ReportTemplateBody): Promise<ReportTemplate> {
    const now = new Date().toISOString();
    const template: ReportTemplate = { ...body, id: newId(), builtIn: false, createdAt: now, updatedAt: now };
    await this.store.saveTemplate(template);
    return template;
  }

  /** Built-in templates are shared by every group: they are copied, never edited. */
  async update(id: string, body: ReportTemplateBody): Promise<ReportTemplate | undefined> {
    if (builtIns.has(id)) {
      throw new HttpError(409, "built_in_template", "built-in templates cannot be changed; create a copy instead");
    }
    const existing = await this.store.getTemplate(id);
    if (!existing) return undefined;
    const template: ReportTemplate = { ...body, id, builtIn: false, createdAt: existing.createdAt, updatedAt: new Date().toISOString() };
    await this.store.saveTemplate(template);
    return template;
  }

  /** A template that meetings or series still use stays: their exports and next meetings need it. */
  async delete(id: string): Promise<void> {
    if (builtIns.has(id)) throw new HttpError(409, "built_in_template", "built-in templates cannot be deleted");
    const result = await this.store.deleteUnusedTemplate(id);
    switch (result.outcome) {
      case "deleted":
        return;
      case "missing":
        throw notFound("template");
      case "in_use":
        throw new HttpError(409, "template_in_use", `the template is used by ${countOf(result.meetings, "meeting")} and ${countOf(result.series, "series", "series")}; it cannot be deleted`);
      default:
        assertNever(result);
    }
  }
}

const countOf = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
