import type { ReportTemplate, Series } from "@rapporteur/shared";
import type { MaybePromise } from "./document-store.js";

/** What a group keeps besides its meetings: its report templates and its series. */
export interface LibraryStore {
  /** Inserts or replaces a user template (built-in templates are never stored). */
  saveTemplate(template: ReportTemplate): MaybePromise<void>;
  getTemplate(id: string): MaybePromise<ReportTemplate | undefined>;
  listTemplates(): MaybePromise<ReportTemplate[]>;
  saveSeries(series: Series): MaybePromise<void>;
  /** By name, compared without case or extra spaces. */
  getSeries(name: string): MaybePromise<Series | undefined>;
  listSeries(): MaybePromise<Series[]>;
}
