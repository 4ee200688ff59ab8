import type { ReportTemplate, Series } from "@rapporteur/shared";
import type { MaybePromise } from "./document-store.js";

export type TemplateDeletion = { outcome: "deleted" } | { outcome: "missing" } | { outcome: "in_use"; meetings: number; series: number };

/** What a group keeps besides its meetings: its report templates and its series. */
export interface LibraryStore {
  /** Inserts or replaces a user template (built-in templates are never stored). */
  saveTemplate(template: ReportTemplate): MaybePromise<void>;
  getTemplate(id: string): MaybePromise<ReportTemplate | undefined>;
  listTemplates(): MaybePromise<ReportTemplate[]>;
  /**
   * Deletes a user template unless a meeting was made from it or a series uses it by default
   * (their exports and next meetings still need it); check and delete are one step.
   */
  deleteUnusedTemplate(id: string): MaybePromise<TemplateDeletion>;
  saveSeries(series: Series): MaybePromise<void>;
  /** By name, compared without case or extra spaces. */
  getSeries(name: string): MaybePromise<Series | undefined>;
  listSeries(): MaybePromise<Series[]>;
}
