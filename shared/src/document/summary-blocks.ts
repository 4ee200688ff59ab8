import { formatMeetingTime } from "../meeting/meeting-time.js";
import { collectMinuteBlocks, type ActionItemSummary, type DecisionSummary } from "./collect-minute-blocks.js";
import type { JsonNode } from "./json-node.js";
import { listedParticipants } from "./markdown-tables.js";
import { isSafeHref } from "./safe-href.js";
import type { LiveParticipant, SummaryExportInput } from "./summary-export.js";

export interface InlineRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  link?: string;
}

type Align = "left" | "center" | "right";

/** The report as layout-neutral blocks: what the PDF and Word renderers both draw. */
export type SummaryBlock =
  | { kind: "heading"; level: number; runs: InlineRun[]; align: Align; time?: string }
  | { kind: "paragraph"; runs: InlineRun[]; align: Align; number?: number }
  | { kind: "list"; ordered: boolean; start: number; items: SummaryBlock[][] }
  | { kind: "quote"; blocks: SummaryBlock[] }
  | { kind: "rule" }
  | { kind: "action"; runs: InlineRun[]; owner: string | null; due: string | null; done: boolean }
  | { kind: "decision"; runs: InlineRun[] }
  | { kind: "participants"; participants: LiveParticipant[] }
  | { kind: "actionTable"; actions: ActionItemSummary[] }
  | { kind: "decisionList"; decisions: DecisionSummary[] };

/** Inline content as runs of equally formatted text; a hard break is a "\n" run. */
export function toInlineRuns(nodes: readonly JsonNode[] | undefined): InlineRun[] {
  return (nodes ?? []).flatMap((node): InlineRun[] => {
    if (node.type === "hardBreak") return [{ text: "\n" }];
    const text = node.type === "mention" ? String(node.attrs?.label ?? node.attrs?.id ?? "") : node.text ?? "";
    if (!text) return [];
    const run: InlineRun = { text };
    for (const mark of node.marks ?? []) {
      if (mark.type === "bold") run.bold = true;
      else if (mark.type === "italic") run.italic = true;
      else if (mark.type === "underline") run.underline = true;
      else if (mark.type === "strike") run.strike = true;
      else if (mark.type === "link" && isSafeHref(String(mark.attrs?.href ?? ""))) run.link = String(mark.attrs?.href);
    }
    return [run];
  });
}

const alignOf = (node: JsonNode): Align => (node.attrs?.textAlign === "center" || node.attrs?.textAlign === "right" ? node.attrs.textAlign : "left");

/**
 * Walks the body once, applying the export options the way every format must: sections left
 * out, numbered paragraphs, time markers, and the action/decision summaries closing "Next steps".
 */
export function buildSummaryBlocks(input: SummaryExportInput): SummaryBlock[] {
  const out: SummaryBlock[] = [];
  const state = { paragraph: 0 };
  let skipBelow = 0;
  let nextStepsLevel = 0;
  for (const node of input.body.content ?? []) {
    const level = node.type === "heading" ? Number(node.attrs?.level ?? 1) : 0;
    if (level > 0 && nextStepsLevel > 0 && level <= nextStepsLevel) {
      out.push(...summaries(input));
      nextStepsLevel = 0;
    }
    if (level > 0 && skipBelow > 0 && level <= skipBelow) skipBelow = 0;
    if (level > 0 && node.attrs?.sectionKind === "participantsAnnex" && !input.options.includeParticipants) skipBelow = level;
    if (skipBelow > 0) continue;
    if (level > 0 && node.attrs?.sectionKind === "nextSteps") nextStepsLevel = level;
    out.push(...toBlocks(node, input, state, true));
  }
  if (nextStepsLevel > 0) out.push(...summaries(input));
  return out;
}

function summaries(input: SummaryExportInput): SummaryBlock[] {
  const { actions, decisions } = collectMinuteBlocks(input.body);
  return [
    ...(input.options.includeActionTable && actions.length > 0 ? [{ kind: "actionTable" as const, actions }] : []),
    ...(input.options.includeDecisions && decisions.length > 0 ? [{ kind: "decisionList" as const, decisions }] : []),
  ];
}

function toBlocks(node: JsonNode, input: SummaryExportInput, state: { paragraph: number }, topLevel: boolean): SummaryBlock[] {
  const runs = () => toInlineRuns(node.content);
  switch (node.type) {
    case "heading": {
      if (runs().length === 0) return [];
      const times = input.options.includeTimeMarkers ? input.itemTimes[String(node.attrs?.agendaItemId)] : undefined;
      const time = times && `${formatMeetingTime(times.startedAt)}${times.endedAt ? `–${formatMeetingTime(times.endedAt)}` : ""} UTC`;
      return [{ kind: "heading", level: Number(node.attrs?.level ?? 1), runs: runs(), align: alignOf(node), ...(time ? { time } : {}) }];
    }
    case "paragraph": {
      if (runs().every((run) => !run.text.trim())) return [];
      const numbered = topLevel && input.numberParagraphs && alignOf(node) === "left";
      return [{ kind: "paragraph", runs: runs(), align: alignOf(node), ...(numbered ? { number: ++state.paragraph } : {}) }];
    }
    case "bulletList":
    case "orderedList":
      return [{
        kind: "list",
        ordered: node.type === "orderedList",
        start: Number(node.attrs?.start ?? 1),
        items: (node.content ?? []).map((item) => (item.content ?? []).flatMap((child) => toBlocks(child, input, state, false))),
      }];
    case "blockquote":
      return [{ kind: "quote", blocks: (node.content ?? []).flatMap((child) => toBlocks(child, input, state, false)) }];
    case "horizontalRule":
      return [{ kind: "rule" }];
    case "actionItem":
      return [{ kind: "action", runs: runs(), owner: (node.attrs?.owner as string | null) ?? null, due: (node.attrs?.due as string | null) ?? null, done: node.attrs?.status === "done" }];
    case "decision":
      return [{ kind: "decision", runs: runs() }];
    case "participantsAnnex":
      return input.options.includeParticipants ? [{ kind: "participants", participants: listedParticipants(input.participants) }] : [];
    default:
      return [];
  }
}
