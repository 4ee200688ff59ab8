import { formatItemTimes } from "../meeting/meeting-time.js";
import { collectMinuteBlocks } from "./collect-minute-blocks.js";
import type { JsonNode } from "./json-node.js";
import { escapeLineStart, renderInline } from "./markdown-inline.js";
import { renderActionTable, renderDecisionList, renderParticipantsTable } from "./markdown-tables.js";
import { renderFrontMatter } from "./markdown-front-matter.js";
import type { SummaryExportInput } from "./summary-export.js";

interface RenderState {
  input: SummaryExportInput;
  paragraphNumber: number;
}

/**
 * The Summary Report as CommonMark with GFM tables and task lists. Deterministic: the same
 * input gives the same bytes, which the approval hash relies on.
 */
export function toMarkdown(input: SummaryExportInput): string {
  const state: RenderState = { input, paragraphNumber: 0 };
  const parts: string[] = [];
  if (input.options.frontMatter) parts.push(renderFrontMatter(input));
  const blocks = input.body.content ?? [];
  let skipBelowLevel = 0;
  let nextStepsLevel = 0;
  blocks.forEach((node, index) => {
    const level = node.type === "heading" ? Number(node.attrs?.level ?? 1) : 0;
    if (level > 0 && nextStepsLevel > 0 && level <= nextStepsLevel) {
      parts.push(...renderSummaries(input));
      nextStepsLevel = 0;
    }
    if (level > 0 && skipBelowLevel > 0 && level <= skipBelowLevel) skipBelowLevel = 0;
    if (level > 0 && node.attrs?.sectionKind === "participantsAnnex" && !input.options.includeParticipants) {
      skipBelowLevel = level;
    }
    if (skipBelowLevel > 0) return;
    if (level > 0 && node.attrs?.sectionKind === "nextSteps") nextStepsLevel = level;
    const previous = blocks[index - 1];
    const joinsPrevious = node.type === "actionItem" && previous?.type === "actionItem";
    const rendered = renderBlock(node, state);
    if (rendered === "") return;
    if (joinsPrevious && parts.length > 0) parts[parts.length - 1] += `\n${rendered}`;
    else parts.push(rendered);
  });
  if (nextStepsLevel > 0) parts.push(...renderSummaries(input));
  return `${parts.join("\n\n")}\n`;
}

function renderSummaries(input: SummaryExportInput): string[] {
  const { actions, decisions } = collectMinuteBlocks(input.body);
  const out: string[] = [];
  if (input.options.includeActionTable && actions.length > 0) out.push(renderActionTable(actions));
  if (input.options.includeDecisions && decisions.length > 0) out.push(`**Decisions**\n\n${renderDecisionList(decisions)}`);
  return out;
}

function renderBlock(node: JsonNode, state: RenderState): string {
  switch (node.type) {
    case "heading":
      return renderHeading(node, state);
    case "paragraph":
      return renderParagraph(node, state, true);
    case "bulletList":
    case "orderedList":
      return renderList(node, state);
    case "blockquote":
      return renderChildren(node, state).split("\n").map((line) => (line ? `> ${line}` : ">")).join("\n");
    case "horizontalRule":
      return "---";
    case "actionItem":
      return renderActionItem(node);
    case "decision":
      return `**Decision:** ${renderInline(node.content)}`;
    case "participantsAnnex":
      return state.input.options.includeParticipants ? renderParticipantsTable(state.input.participants) : "";
    case "internalNote":
      return "";
    default:
      return renderChildren(node, state);
  }
}

function renderChildren(node: JsonNode, state: RenderState): string {
  return (node.content ?? []).map((child) => renderBlock(child, state)).filter(Boolean).join("\n\n");
}

function renderHeading(node: JsonNode, state: RenderState): string {
  const text = renderInline(node.content).replace(/\\\n/g, " ").trim();
  if (!text) return "";
  const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 1)));
  const heading = `${"#".repeat(level)} ${text}`;
  const times = state.input.options.includeTimeMarkers ? formatItemTimes(state.input.itemTimes[String(node.attrs?.agendaItemId)]) : null;
  return times ? `${heading}\n\n*${times}*` : heading;
}

function renderParagraph(node: JsonNode, state: RenderState, topLevel: boolean): string {
  const text = renderInline(node.content).trim();
  if (!text) return "";
  const body = text.split("\n").map(escapeLineStart).join("\n");
  const numbered = topLevel && state.input.numberParagraphs && node.attrs?.textAlign !== "center";
  if (!numbered) return body;
  state.paragraphNumber += 1;
  const marker = `${state.paragraphNumber}. `;
  return marker + body.split("\n").join(`\n${" ".repeat(marker.length)}`);
}

function renderList(node: JsonNode, state: RenderState): string {
  const ordered = node.type === "orderedList";
  let number = Number(node.attrs?.start ?? 1);
  return (node.content ?? [])
    .map((item) => {
      const marker = ordered ? `${number++}. ` : "- ";
      const body = (item.content ?? [])
        .map((child) => (child.type === "paragraph" ? renderParagraph(child, state, false) : renderBlock(child, state)))
        .filter(Boolean)
        .join("\n");
      const indent = " ".repeat(marker.length);
      return marker + (body || "").split("\n").join(`\n${indent}`).replace(/\n\s+\n/g, "\n\n");
    })
    .join("\n");
}

function renderActionItem(node: JsonNode): string {
  const done = node.attrs?.status === "done";
  const details = [
    node.attrs?.owner ? `owner: ${String(node.attrs.owner)}` : "",
    node.attrs?.due ? `due: ${String(node.attrs.due)}` : "",
  ].filter(Boolean);
  const suffix = details.length > 0 ? ` (${renderInline([{ type: "text", text: details.join(", ") }])})` : "";
  return `- [${done ? "x" : " "}] ${renderInline(node.content).trim()}${suffix}`;
}
