import { BUILT_IN_TEMPLATES, DEFAULT_TEMPLATE_ID, type ReportTemplate } from "@rapporteur/shared";

/** The report templates a meeting can be made from. */
export class TemplateCatalog {
  private readonly byId = new Map(BUILT_IN_TEMPLATES.map((template) => [template.id, template]));

  list(): ReportTemplate[] {
    return [...this.byId.values()];
  }

  get(id: string | undefined): ReportTemplate | undefined {
    return this.byId.get(id ?? DEFAULT_TEMPLATE_ID);
  }
}
