import { formatItemTimes, type ItemTimes, type JsonNode, type SummaryExportInput } from "@rapporteur/shared";
import type { ExportAlign, ExportBlock } from "./export-blocks.js";
import { buildGatheredSummaries } from "./build-gathered-summaries.js";
import { buildApprovalStatement } from "./approval-statement.js";
import { buildParticipantsBlock } from "./build-participants-block.js";
import { formatDueDate } from "./format-due-date.js";
import { readInlines } from "./read-inlines.js";

interface WalkState {
  input: SummaryExportInput;
  paragraphNumber: number;
  sectionKind: string | null;
  sectionLevel: number;
  summariesPlaced: boolean;
  hasNextSteps: boolean;
}

const ANNEX_KINDS = new Set(["agendaAnnex", "participantsAnnex"]);

/**
 * The body as the blocks every renderer prints: internal notes dropped, paragraphs numbered
 * when the template asks, time markers under agenda items, the action table and decisions
 * gathered at the end of "Next steps" (or before the annexes when there is no such section),
 * and the approval statement closing an approved report, where a published report carries it.
 */
export function buildExportBlocks(input: SummaryExportInput): ExportBlock[] {
  const nodes = input.body.content ?? [];
  const titleLength = countTitleBlock(nodes);
  const state: WalkState = {
    input, paragraphNumber: 0, sectionKind: null, sectionLevel: 0, summariesPlaced: false,
    hasNextSteps: nodes.some((node) => node.type === "heading" && node.attrs?.sectionKind === "nextSteps"),
  };
  const out = nodes.slice(0, titleLength).flatMap((node) => convertTitleLine(node));
  for (const node of nodes.slice(titleLength)) {
    if (node.type === "heading") out.push(...enterSection(node, state));
    if (isSkippedSection(state)) continue;
    out.push(...convertBlock(node, state, true));
  }
  if (!state.summariesPlaced) out.push(...buildGatheredSummaries(input.body, input.options));
  if (input.approval) out.push({ kind: "approval", statement: buildApprovalStatement(input.approval) });
  return out;
}

/** The title block is the run of centred lines the report opens with. */
function countTitleBlock(nodes: readonly JsonNode[]): number {
  const index = nodes.findIndex(
    (node) => !(node.type === "heading" || node.type === "paragraph") || node.attrs?.textAlign !== "center",
  );
  return index === -1 ? nodes.length : index;
}

function convertTitleLine(node: JsonNode): ExportBlock[] {
  const inlines = readInlines(node.content);
  if (inlines.length === 0) return [];
  if (node.type === "heading") {
    return [{ kind: "heading", level: readLevel(node), inlines, align: "center", titleBlock: true, timeMarker: null }];
  }
  return [{ kind: "paragraph", inlines, align: "center", titleBlock: true, number: null }];
}

/** Tracks the template section a heading opens or closes; leaving "Next steps" places the summaries. */
function enterSection(heading: JsonNode, state: WalkState): ExportBlock[] {
  const level = readLevel(heading);
  const kind = typeof heading.attrs?.sectionKind === "string" ? heading.attrs.sectionKind : null;
  if (!kind && level > state.sectionLevel) return [];
  const leavingNextSteps = state.sectionKind === "nextSteps";
  const reachingAnnex = !state.hasNextSteps && kind !== null && ANNEX_KINDS.has(kind);
  state.sectionKind = kind;
  state.sectionLevel = kind ? level : 0;
  if (state.summariesPlaced || !(leavingNextSteps || reachingAnnex)) return [];
  state.summariesPlaced = true;
  return buildGatheredSummaries(state.input.body, state.input.options);
}

function isSkippedSection(state: WalkState): boolean {
  return state.sectionKind === "participantsAnnex" && !state.input.options.includeParticipants;
}

/** Inside "Next steps" the gathered table already lists them, so they are not printed twice. */
function isGatheredHere(node: JsonNode, state: WalkState): boolean {
  if (state.sectionKind !== "nextSteps") return false;
  const { includeActionTable, includeDecisions } = state.input.options;
  return node.type === "actionItem" ? includeActionTable : node.type === "decision" && includeDecisions;
}

function convertBlock(node: JsonNode, state: WalkState, topLevel: boolean): ExportBlock[] {
  switch (node.type) {
    case "heading":
      return convertHeading(node, state.input);
    case "paragraph":
      return convertParagraph(node, state, topLevel);
    case "bulletList":
    case "orderedList":
      return convertList(node, state);
    case "blockquote":
      return [{ kind: "quote", blocks: convertChildren(node, state) }];
    case "horizontalRule":
      return [{ kind: "rule" }];
    case "actionItem":
      return isGatheredHere(node, state) ? [] : [convertAction(node)];
    case "decision":
      return isGatheredHere(node, state) ? [] : [{ kind: "decision", inlines: readInlines(node.content) }];
    case "participantsAnnex":
      return state.input.options.includeParticipants ? buildParticipantsBlock(state.input.participants) : [];
    case "internalNote":
      return [];
    default:
      return convertChildren(node, state);
  }
}

function convertChildren(node: JsonNode, state: WalkState): ExportBlock[] {
  return (node.content ?? []).flatMap((child) => convertBlock(child, state, false));
}

function convertHeading(node: JsonNode, input: SummaryExportInput): ExportBlock[] {
  const inlines = readInlines(node.content).filter((run) => run.text !== "\n");
  if (inlines.length === 0) return [];
  const timeMarker = input.options.includeTimeMarkers ? formatTimeMarker(input.itemTimes, node.attrs?.agendaItemId) : null;
  return [{ kind: "heading", level: readLevel(node), inlines, align: readAlign(node), titleBlock: false, timeMarker }];
}

function convertParagraph(node: JsonNode, state: WalkState, topLevel: boolean): ExportBlock[] {
  const inlines = readInlines(node.content, { timeMarkers: state.input.options.includeTimeMarkers });
  if (inlines.length === 0) return [];
  const align = readAlign(node);
  const numbered = topLevel && state.input.numberParagraphs && align !== "center";
  const number = numbered ? ++state.paragraphNumber : null;
  return [{ kind: "paragraph", inlines, align, titleBlock: false, number }];
}

function convertList(node: JsonNode, state: WalkState): ExportBlock[] {
  const items = (node.content ?? []).map((item) => convertChildren(item, state)).filter((blocks) => blocks.length > 0);
  if (items.length === 0) return [];
  const start = Number(node.attrs?.start ?? 1);
  return [{ kind: "list", ordered: node.type === "orderedList", start: Number.isInteger(start) ? start : 1, items }];
}

function convertAction(node: JsonNode): ExportBlock {
  const owner = typeof node.attrs?.owner === "string" ? node.attrs.owner.trim() : "";
  const due = typeof node.attrs?.due === "string" ? node.attrs.due.trim() : "";
  const done = node.attrs?.status === "done";
  const details = [owner, due ? `by ${formatDueDate(due)}` : "", done ? "done" : ""].filter(Boolean);
  return { kind: "action", inlines: readInlines(node.content), details: details.length > 0 ? details.join(", ") : null, done };
}

function formatTimeMarker(itemTimes: ItemTimes, agendaItemId: unknown): string | null {
  return typeof agendaItemId === "string" ? formatItemTimes(itemTimes[agendaItemId]) : null;
}

function readLevel(node: JsonNode): 1 | 2 | 3 | 4 {
  const level = Number(node.attrs?.level ?? 1);
  return level <= 1 ? 1 : level === 2 ? 2 : level === 3 ? 3 : 4;
}

function readAlign(node: JsonNode): ExportAlign {
  const align = node.attrs?.textAlign;
  return align === "center" || align === "right" ? align : "left";
}
