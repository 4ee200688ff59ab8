import type { ExportFormat } from "@rapporteur/shared";

/** What the export dialog lets a secretariat choose; names follow the export API's query flags. */
export interface ExportChoice {
  /** A saved version's number, or undefined for the current document. */
  version: number | undefined;
  participants: boolean;
  actions: boolean;
  decisions: boolean;
  times: boolean;
  frontMatter: boolean;
  pageSize: "A4" | "LETTER";
}

export const DEFAULT_EXPORT_CHOICE: ExportChoice = {
  version: undefined,
  participants: true,
  actions: true,
  decisions: true,
  times: false,
  frontMatter: false,
  pageSize: "A4",
};

/** The export endpoint's path under the meeting, for one format (the token goes in a header, never here). */
export function buildExportPath(format: ExportFormat, choice: ExportChoice, inline = false): string {
  const query = new URLSearchParams({
    format,
    participants: String(choice.participants),
    actions: String(choice.actions),
    decisions: String(choice.decisions),
    times: String(choice.times),
    pageSize: choice.pageSize,
  });
  if (format === "md") query.set("frontMatter", String(choice.frontMatter));
  if (inline) query.set("inline", "true");
  const base = choice.version === undefined ? "/export" : `/versions/${choice.version}/export`;
  return `${base}?${query.toString()}`;
}
