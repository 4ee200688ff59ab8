import type { ExportBlock, ExportInline, ExportTable } from "./export-blocks.js";
import { breakLongWords } from "./break-long-words.js";
import type { PdfContent } from "./load-pdfmake.js";
import { PDF_STYLES, PDF_TABLE_LAYOUT, createLeftRuleLayout } from "./pdf-styles.js";

const ORDERED_TYPES = ["decimal", "lower-alpha", "lower-roman"] as const;
const BULLET_TYPES = ["disc", "circle", "square"] as const;
const NUMBER_WIDTH = 24;
const LIST_INDENT = 12;
const SHORT_CELL = 28;

interface OutlineState {
  parents: string[];
  count: number;
}

interface RenderContext {
  outline: OutlineState;
  depth: number;
  /** Left indent of top-level lists and notes: they line up with the text of numbered paragraphs. */
  indent: number;
}

/** The report blocks as pdfmake content; headings outside the title block become PDF bookmarks. */
export function renderPdfBlocks(blocks: readonly ExportBlock[], numberedParagraphs: boolean): PdfContent[] {
  const context: RenderContext = { outline: { parents: [], count: 0 }, depth: 0, indent: numberedParagraphs ? NUMBER_WIDTH : 0 };
  return blocks.flatMap((block) => renderBlock(block, context));
}

function renderBlock(block: ExportBlock, context: RenderContext): PdfContent[] {
  const nested = { ...context, depth: context.depth + 1 };
  const indent = context.depth === 0 ? context.indent : 0;
  switch (block.kind) {
    case "heading":
      return renderHeading(block, context.depth === 0 ? context.outline : null);
    case "paragraph":
      return [renderParagraph(block, context.depth)];
    case "list":
      return [renderList(block, nested, context.depth === 0 ? Math.max(indent, LIST_INDENT) : 0)];
    case "quote":
      return [renderRuled(block.blocks.flatMap((child) => renderBlock(child, nested)), "#b0b0b0", indent)];
    case "rule":
      return [{ table: { widths: ["*"], body: [[""]] }, layout: { hLineWidth: (i: number) => (i === 0 ? 0.5 : 0), vLineWidth: () => 0 }, margin: [0, 4, 0, 4] }];
    case "action":
      return [renderRuled([{ text: [{ text: "Action: ", bold: true }, ...renderInlines(block.inlines), ...(block.details ? [{ text: ` (${block.details})`, italics: true }] : [])] }], "#6f8fb3", indent)];
    case "decision":
      return [renderRuled([{ text: [{ text: "Decision: ", bold: true }, ...renderInlines(block.inlines)] }], "#2f5d8a", indent)];
    case "caption":
      return [{ text: block.text, style: "caption" }];
    case "approval":
      return [{ stack: [{ canvas: [{ type: "line", x1: 0, y1: 0, x2: 120, y2: 0, lineWidth: 0.5, lineColor: "#9a9a9a" }] }, { text: block.statement.text, margin: [0, 4, 0, 0] }], style: "approval", unbreakable: true }];
    case "table":
      return [renderTable(block)];
  }
}

function renderHeading(block: Extract<ExportBlock, { kind: "heading" }>, outline: OutlineState | null): PdfContent[] {
  const style = block.titleBlock ? `titleHeading${Math.min(block.level, 2)}` : `heading${block.level}`;
  const node: Record<string, unknown> = { text: renderInlines(block.inlines), style, headlineLevel: block.level };
  if (!block.titleBlock && block.align !== "left") node.alignment = block.align;
  if (!block.titleBlock && outline) Object.assign(node, addOutlineEntry(block, outline));
  const marker = block.timeMarker ? [{ text: block.timeMarker, style: "timeMarker", alignment: node.alignment ?? "left" }] : [];
  return [node, ...marker];
}

/** Bookmarks nest by heading level: an item under its section, a sub-item under its item. */
function addOutlineEntry(block: Extract<ExportBlock, { kind: "heading" }>, outline: OutlineState): Record<string, unknown> {
  const id = `heading-${++outline.count}`;
  outline.parents.length = block.level - 1;
  const parentId = [...outline.parents].reverse().find(Boolean);
  outline.parents[block.level - 1] = id;
  const outlineText = block.inlines.map((run) => run.text).join("").replace(/\s+/g, " ").trim();
  return { id, outline: true, outlineText, ...(parentId ? { outlineParentId: parentId } : {}) };
}

function renderParagraph(block: Extract<ExportBlock, { kind: "paragraph" }>, depth: number): PdfContent {
  const text = renderInlines(block.inlines);
  const style = block.titleBlock ? "titleLine" : depth > 0 ? "listItem" : "paragraph";
  if (block.number === null) return { text, style, alignment: block.align };
  // A hanging indent, as in formal UN reports: the number in the margin column, the text aligned after it.
  return { columns: [{ width: NUMBER_WIDTH, text: `${block.number}.` }, { width: "*", text }], columnGap: 0, style };
}

/** `context.depth` is the depth of the list's items: 1 for a top-level list. */
function renderList(block: Extract<ExportBlock, { kind: "list" }>, context: RenderContext, indent: number): PdfContent {
  const items = block.items.map((item) => {
    const content = item.flatMap((child) => renderBlock(child, context));
    return content.length === 1 && content[0] !== undefined ? content[0] : { stack: content };
  });
  const level = (context.depth - 1) % 3;
  const margin = [indent, 0, 0, context.depth === 1 ? 6 : 0];
  if (!block.ordered) return { ul: items, type: BULLET_TYPES[level], margin };
  return { ol: items, start: block.start, type: ORDERED_TYPES[level], margin };
}

function renderRuled(content: PdfContent[], color: string, indent: number): PdfContent {
  return { table: { widths: ["*"], body: [[{ stack: content }]] }, layout: createLeftRuleLayout(color), margin: [indent, 2, 0, 8] };
}

function renderTable(table: ExportTable): PdfContent {
  const widths = chooseWidths(table);
  const header = table.header.map((title) => ({ text: title, style: "tableHeader", noWrap: true }));
  // pdfmake shrinks "auto" columns in proportion to the long column's text; short values stay on one line.
  const rows = table.rows.map((row) =>
    row.map((cell, index) => ({ text: breakLongWords(cell), ...(widths[index] === "auto" && cell.length <= SHORT_CELL ? { noWrap: true } : {}) })),
  );
  return {
    table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths, body: [header, ...rows] },
    layout: PDF_TABLE_LAYOUT,
    style: "table",
  };
}

/** Short columns fit their content; the one long text column takes the rest of the line. */
function chooseWidths(table: ExportTable): string[] {
  const wide = table.purpose === "actions" ? "Action" : table.header.includes("Affiliation") ? "Affiliation" : "Name";
  return table.header.map((title) => (title === wide ? "*" : "auto"));
}

function renderInlines(inlines: readonly ExportInline[]): PdfContent[] {
  return inlines.map((run) => {
    const decoration = [run.underline || run.href ? "underline" : null, run.strike ? "lineThrough" : null].filter(Boolean);
    return {
      text: breakLongWords(run.text),
      ...(run.bold ? { bold: true } : {}),
      ...(run.italic ? { italics: true } : {}),
      ...(decoration.length > 0 ? { decoration } : {}),
      ...(run.href ? { link: run.href, color: PDF_STYLES.link.color } : {}),
    };
  });
}
