import { assertNever } from "../assert-never.js";
import type { JsonNode } from "../document/json-node.js";
import type { AgendaItem, Meeting } from "../meeting/meeting.js";
import { fillPlaceholders, placeholderValues } from "./fill-placeholders.js";
import { formatHeadingNumber, formatSubItemNumber } from "./heading-number.js";
import type { ReportTemplate, SectionKind } from "./report-template.js";

/** An open action item carried over from the previous meeting of the series. */
export interface CarriedAction {
  id: string;
  text: string;
  owner?: string | null | undefined;
  due?: string | null | undefined;
}

export interface SummaryDocumentExtras {
  carriedActions?: readonly CarriedAction[];
}

export const paragraph = (text?: string, attrs?: Record<string, unknown>): JsonNode => ({
  type: "paragraph",
  ...(attrs ? { attrs } : {}),
  ...(text ? { content: [{ type: "text", text }] } : {}),
});

export const heading = (level: number, text: string, attrs: Record<string, unknown> = {}): JsonNode => ({
  type: "heading",
  attrs: { level, ...attrs },
  content: text ? [{ type: "text", text }] : [],
});

/**
 * The first draft of a meeting's Summary Report, as a ProseMirror document in the schema of
 * `minutesExtensions`. Pure: the server calls it once, when the meeting is created.
 */
export function buildSummaryDocument(
  meeting: Meeting,
  template: ReportTemplate,
  extras: SummaryDocumentExtras = {},
): JsonNode {
  const values = placeholderValues(meeting, { participantsAnnexed: template.sections.some((section) => section.kind === "participantsAnnex") });
  const fill = (text: string) => fillPlaceholders(text, values);
  const content: JsonNode[] = [
    ...buildTitleBlock(template.titleLines.map(fill)),
    ...template.opening.map(fill).filter(Boolean).map((text) => paragraph(text)),
  ];
  for (const section of template.sections) {
    content.push(...buildSection(section.kind, fill(section.title), meeting, template, extras));
  }
  return { type: "doc", content };
}

/** The centred title block: group, meeting and date in bold, then "Summary Report". */
export function buildTitleBlock(lines: string[]): JsonNode[] {
  const centred = { textAlign: "center" };
  const [first, ...rest] = lines.filter(Boolean);
  const last = rest.length > 0 ? rest.pop() : undefined;
  const block: JsonNode[] = [];
  if (first) block.push(heading(1, first, centred));
  if (rest.length > 0) {
    const inline: JsonNode[] = [];
    rest.forEach((line, index) => {
      if (index > 0) inline.push({ type: "hardBreak" });
      inline.push({ type: "text", text: line, marks: [{ type: "bold" }] });
    });
    block.push({ type: "paragraph", attrs: centred, content: inline });
  }
  if (last) block.push(heading(2, last, centred));
  return block;
}

function buildSection(
  kind: SectionKind,
  title: string,
  meeting: Meeting,
  template: ReportTemplate,
  extras: SummaryDocumentExtras,
): JsonNode[] {
  const titled = (nodes: JsonNode[]) => (title ? [heading(2, title, { sectionKind: kind }), ...nodes] : nodes);
  switch (kind) {
    case "agenda":
    case "agendaAnnex":
      return meeting.agenda.length > 0 ? titled([buildAgendaList(meeting.agenda)]) : [];
    case "discussion":
      return titled(buildDiscussion(meeting.agenda, template, title ? 3 : 2));
    case "followUp":
      return (extras.carriedActions ?? []).length > 0 ? titled(buildCarriedActions(extras.carriedActions ?? [])) : [];
    case "nextSteps":
    case "nextMeeting":
      return titled([paragraph()]);
    case "participantsAnnex":
      return titled([{ type: "participantsAnnex" }]);
    default:
      return assertNever(kind);
  }
}

export function buildAgendaList(agenda: readonly AgendaItem[]): JsonNode {
  return {
    type: "orderedList",
    attrs: { start: 1 },
    content: agenda.map((item) => ({
      type: "listItem",
      content: [
        paragraph(item.title),
        ...(item.children.length > 0
          ? [{ type: "bulletList", content: item.children.map((child) => ({ type: "listItem", content: [paragraph(child.title)] })) }]
          : []),
      ],
    })),
  };
}

function buildDiscussion(agenda: readonly AgendaItem[], template: ReportTemplate, level: number): JsonNode[] {
  if (agenda.length === 0) return [paragraph()];
  return agenda.flatMap((item, index) => {
    const label = formatHeadingNumber(template.headingNumbering, index + 1);
    const labelled = (prefix: string, title: string) => (prefix ? `${prefix} ${title}` : title);
    // The label is part of the heading's text, so the editor, the outline, the preview and every
    // export show the same "a." without each having to number sub-items its own way.
    return [
      heading(level, labelled(label, item.title), { agendaItemId: item.id }),
      paragraph(),
      ...item.children.flatMap((child, childIndex) => [
        heading(level + 1, labelled(formatSubItemNumber(template.subItemNumbering ?? "lower-alpha", index + 1, childIndex + 1), child.title), { agendaItemId: child.id }),
        paragraph(),
      ]),
    ];
  });
}

function buildCarriedActions(actions: readonly CarriedAction[]): JsonNode[] {
  return actions.map((action) => ({
    type: "actionItem",
    attrs: { id: action.id, owner: action.owner ?? null, due: action.due ?? null, status: "open" },
    content: action.text ? [{ type: "text", text: action.text }] : [],
  }));
}

