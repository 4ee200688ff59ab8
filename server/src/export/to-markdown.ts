import { gfmStrikethroughToMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableToMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemToMarkdown } from "mdast-util-gfm-task-list-item";
import { toMarkdown } from "mdast-util-to-markdown";
import { stringify } from "yaml";
import { formatIsoDay, formatMeetingTime, type SummaryExportInput } from "@rapporteur/shared";
import { buildApprovalStatement } from "./approval-statement.js";
import { buildExportBlocks } from "./build-export-blocks.js";
import { renderMarkdownBlocks } from "./render-markdown-blocks.js";

/**
 * The Summary Report as CommonMark with GFM tables and task lists, from the same export
 * blocks as PDF and Word. Deterministic: the same input gives the same bytes.
 */
export function renderSummaryMarkdown(input: SummaryExportInput): string {
  const body = toMarkdown(renderMarkdownBlocks(buildExportBlocks(input)), {
    // GFM's tables, task lists and strike, but not its autolink part: that one escapes every bare
    // URL ("https\://…") so it stays text, where a reader wants the link the note-taker pasted.
    extensions: [gfmTableToMarkdown({ tablePipeAlign: true }), gfmTaskListItemToMarkdown(), gfmStrikethroughToMarkdown()],
    bullet: "-",
    emphasis: "*",
    strong: "*",
    rule: "-",
    listItemIndent: "one",
  });
  return input.options.frontMatter ? `${renderFrontMatter(input)}\n${body}` : body;
}

/** YAML front matter written by a YAML library, every string quoted, so no title can break out of it. */
function renderFrontMatter(input: SummaryExportInput): string {
  const { meeting, approval } = input;
  const fields: Record<string, string | number | undefined> = {
    title: `${meeting.title} Summary Report`,
    series: meeting.series,
    meeting: meeting.title,
    number: meeting.number === undefined ? undefined : String(meeting.number),
    date: formatIsoDay(meeting.startsAt),
    time_utc: formatMeetingTime(meeting.startsAt),
    hosts: meeting.hosts.join(", ") || undefined,
    moderators: meeting.moderators.join(", ") || undefined,
    status: approval ? "approved" : "draft",
    ...(approval ? buildApprovalStatement(approval).fields : {}),
  };
  const defined = Object.fromEntries(Object.entries(fields).filter((entry) => entry[1] !== undefined));
  return `---\n${stringify(defined, { defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 0 })}---\n`;
}
