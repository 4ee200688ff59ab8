import type { Meeting } from "../meeting/meeting.js";
import { formatIsoDay } from "../meeting/meeting-time.js";

export const EXPORT_FORMATS = ["md", "pdf", "docx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** "2023-02-16 MAG WG-Strategy Online Meeting 51 Summary Report.pdf", safe on every file system. */
export function exportFileName(meeting: Meeting, format: ExportFormat, suffix = ""): string {
  const name = `${formatIsoDay(meeting.startsAt)} ${meeting.series} ${meeting.title} Summary Report${suffix}`
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 180)
    .trim()
    // A lone surrogate (typed, or left by the cut above) cannot be percent-encoded for the
    // Content-Disposition header: it becomes U+FFFD instead of failing the download.
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
  return `${name}.${format}`;
}
