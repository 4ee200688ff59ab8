import { collectMinuteBlocks, type ExportOptions, type JsonNode } from "@rapporteur/shared";
import type { ExportBlock } from "./export-blocks.js";
import { formatDueDate } from "./format-due-date.js";

/**
 * The action table and the list of decisions a secretariat gathers under "Next steps", so a
 * reader finds every follow-up in one place whatever item it came up under.
 */
export function buildGatheredSummaries(body: JsonNode, options: ExportOptions): ExportBlock[] {
  const { actions, decisions } = collectMinuteBlocks(body);
  const blocks: ExportBlock[] = [];
  if (options.includeActionTable && actions.length > 0) {
    blocks.push({
      kind: "table",
      purpose: "actions",
      header: ["Action", "Owner", "Due", "Status"],
      rows: actions.map((action) => [
        action.text,
        action.owner ?? "",
        action.due ? formatDueDate(action.due) : "",
        action.status === "done" ? "Done" : "Open",
      ]),
    });
  }
  if (options.includeDecisions && decisions.length > 0) {
    blocks.push({ kind: "caption", text: "Decisions" });
    blocks.push({
      kind: "list",
      ordered: true,
      start: 1,
      items: decisions.map((decision) => [
        { kind: "paragraph", inlines: [{ text: decision.text }], align: "left", titleBlock: false, number: null },
      ]),
    });
  }
  return blocks;
}
