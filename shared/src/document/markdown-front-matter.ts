import { formatIsoDay, formatMeetingTime } from "../meeting/meeting-time.js";
import type { SummaryExportInput } from "./summary-export.js";

/** YAML front matter; every value is written as a JSON string, which YAML reads verbatim. */
export function renderFrontMatter(input: SummaryExportInput): string {
  const { meeting, approval } = input;
  const fields: Array<[string, string | undefined]> = [
    ["title", `${meeting.title} Summary Report`],
    ["series", meeting.series],
    ["meeting", meeting.title],
    ["number", meeting.number === undefined ? undefined : String(meeting.number)],
    ["date", formatIsoDay(meeting.startsAt)],
    ["time_utc", formatMeetingTime(meeting.startsAt)],
    ["hosts", meeting.hosts.join(", ") || undefined],
    ["moderators", meeting.moderators.join(", ") || undefined],
    ["status", approval ? "approved" : "draft"],
    ["approved_by", approval?.approvedBy],
    ["approved_at", approval?.approvedAt],
    ["version", approval ? String(approval.version) : undefined],
    ["sha256", approval?.sha256],
  ];
  const lines = fields
    .filter((field): field is [string, string] => field[1] !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return ["---", ...lines, "---"].join("\n");
}
