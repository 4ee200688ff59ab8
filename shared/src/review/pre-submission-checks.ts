import { z } from "zod";
import { collectMinuteBlocks } from "../document/collect-minute-blocks.js";
import { textOf, type JsonNode } from "../document/json-node.js";
import { sectionContent } from "../document/section-content.js";
import type { LiveParticipant } from "../document/summary-export.js";
import type { Comment } from "./comment.js";

export const CheckWarningSchema = z.object({
  kind: z.enum(["empty-section", "action-owner", "action-due", "unknown-speaker", "open-comment", "next-meeting"]),
  message: z.string(),
  /** What to jump to: an agenda item id, a block id or a comment id. */
  target: z.string().optional(),
});
export type CheckWarning = z.infer<typeof CheckWarningSchema>;

const DATE_PATTERN = /\b(\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(\/\d{2,4})?)/i;

/** What a chair would want fixed before a summary goes for review; each warning can be clicked through. */
export function runPreSubmissionChecks(body: JsonNode, participants: readonly LiveParticipant[], comments: readonly Comment[]): CheckWarning[] {
  return [
    ...checkSections(body),
    ...checkActions(body),
    ...checkSpeakers(body, participants),
    ...comments.filter((comment) => !comment.resolved).map((comment) => ({
      kind: "open-comment" as const,
      message: `Unresolved comment by ${comment.author}: "${comment.text.slice(0, 80)}"`,
      target: comment.id,
    })),
  ];
}

/** Agenda items with nothing written under them, and a next meeting without a date. */
function checkSections(body: JsonNode): CheckWarning[] {
  const blocks = body.content ?? [];
  const warnings: CheckWarning[] = [];
  blocks.forEach((block, index) => {
    if (block.type !== "heading") return;
    const section = sectionContent(blocks, index);
    const written = section.map((node) => (node.type === "heading" ? "" : textOf(node))).join("").trim();
    const hasChildItems = section.some((node) => node.type === "heading" && node.attrs?.agendaItemId);
    if (block.attrs?.agendaItemId && !written && !hasChildItems) {
      warnings.push({ kind: "empty-section", message: `Nothing is written under "${textOf(block)}"`, target: String(block.attrs.agendaItemId) });
    }
    if (block.attrs?.sectionKind === "nextMeeting" && !DATE_PATTERN.test(written)) {
      warnings.push({ kind: "next-meeting", message: "The next meeting has no date", target: "nextMeeting" });
    }
  });
  return warnings;
}

function checkActions(body: JsonNode): CheckWarning[] {
  return collectMinuteBlocks(body).actions.flatMap((action) => {
    const label = `"${action.text.slice(0, 60) || "(empty action)"}"`;
    const target = action.id ?? undefined;
    return [
      ...(action.owner ? [] : [{ kind: "action-owner" as const, message: `Action ${label} has no owner`, ...(target ? { target } : {}) }]),
      ...(action.due ? [] : [{ kind: "action-due" as const, message: `Action ${label} has no due date`, ...(target ? { target } : {}) }]),
    ];
  });
}

function checkSpeakers(body: JsonNode, participants: readonly LiveParticipant[]): CheckWarning[] {
  const ids = new Set(participants.map((participant) => participant.id));
  const names = new Set(participants.map((participant) => participant.name.toLowerCase()));
  const unknown = new Map<string, string>();
  const visit = (node: JsonNode) => {
    if (node.type === "mention") {
      const label = String(node.attrs?.label ?? node.attrs?.id ?? "");
      if (!ids.has(String(node.attrs?.id)) && !names.has(label.toLowerCase())) unknown.set(label.toLowerCase(), label);
    }
    node.content?.forEach(visit);
  };
  visit(body);
  return [...unknown.values()].map((label) => ({ kind: "unknown-speaker" as const, message: `${label} is mentioned but not in the participant list` }));
}
