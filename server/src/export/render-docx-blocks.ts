import {
  AlignmentType, BorderStyle, ExternalHyperlink, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType,
  type IBorderOptions, type ParagraphChild,
} from "docx";
import type { ExportAlign, ExportBlock, ExportInline, ExportTable } from "./export-blocks.js";
import { PARAGRAPH_NUMBERING, type DocxNumbering } from "./docx-numbering.js";

type Heading = Extract<ExportBlock, { kind: "heading" }>;
type DocxBlock = Paragraph | Table;

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
/** Twips of the short columns; the long one (Action, Affiliation) takes the rest of the line. */
const COLUMN_TWIPS: Record<string, number> = { "No.": 600, Name: 2600, Role: 2400, Attended: 1100, Owner: 2000, Due: 1700, Status: 900 };
const GRID: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "9A9A9A" };

interface DocxContext {
  numbering: DocxNumbering;
  contentWidth: number;
}

/** The report blocks as Word paragraphs and tables. */
export function renderDocxBlocks(blocks: readonly ExportBlock[], context: DocxContext): DocxBlock[] {
  return blocks.flatMap((block) => renderBlock(block, context, null));
}

interface ListPosition {
  reference: string;
  instance: number;
  level: number;
}

function renderBlock(block: ExportBlock, context: DocxContext, list: ListPosition | null): DocxBlock[] {
  switch (block.kind) {
    case "heading":
      return renderHeading(block);
    case "paragraph":
      return [renderParagraph(block.inlines, block.align, list, block.number !== null)];
    case "list":
      return renderList(block, context, list);
    case "quote":
      return block.blocks.flatMap((child) =>
        child.kind === "paragraph" ? [createRuledParagraph(renderInlines(child.inlines), "B0B0B0")] : renderBlock(child, context, list),
      );
    case "rule":
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "9A9A9A", space: 1 } } })];
    case "action":
      return [createRuledParagraph([labelRun("Action: "), ...renderInlines(block.inlines), ...(block.details ? [new TextRun({ text: ` (${block.details})`, italics: true })] : [])], "6F8FB3")];
    case "decision":
      return [createRuledParagraph([labelRun("Decision: "), ...renderInlines(block.inlines)], "2F5D8A")];
    case "caption":
      return [new Paragraph({ children: [labelRun(block.text)], keepNext: true, spacing: { before: 120, after: 80 } })];
    case "approval":
      return [new Paragraph({ border: { top: { style: BorderStyle.SINGLE, size: 4, color: "9A9A9A", space: 6 } }, children: [new TextRun({ text: block.statement.text, size: 18, color: "333333" })], spacing: { before: 360 } })];
    case "table":
      return [renderTable(block, context.contentWidth), new Paragraph({})];
  }
}

function renderHeading(block: Heading): Paragraph[] {
  const heading = new Paragraph({
    heading: HEADINGS[block.level - 1],
    alignment: ALIGN[block.align],
    children: renderInlines(block.inlines),
    ...(block.titleBlock ? { spacing: { before: block.level === 1 ? 0 : 240, after: 240 } } : {}),
  });
  if (!block.timeMarker) return [heading];
  const marker = new TextRun({ text: block.timeMarker, italics: true, size: 18, color: "555555" });
  return [heading, new Paragraph({ alignment: ALIGN[block.align], children: [marker], keepNext: true, spacing: { after: 120 } })];
}

function renderParagraph(inlines: readonly ExportInline[], align: ExportAlign, list: ListPosition | null, numbered: boolean): Paragraph {
  const numbering = list ?? (numbered ? { reference: PARAGRAPH_NUMBERING, instance: 0, level: 0 } : null);
  return new Paragraph({
    alignment: ALIGN[align],
    children: renderInlines(inlines),
    ...(numbering ? { numbering } : {}),
    ...(list ? { spacing: { after: 60 } } : {}),
  });
}

/** The first paragraph of an item carries its number; what follows in the item is indented with it. */
function renderList(block: Extract<ExportBlock, { kind: "list" }>, context: DocxContext, parent: ListPosition | null): DocxBlock[] {
  const reference = context.numbering.referenceFor(block.ordered, block.start);
  const position = { reference, instance: context.numbering.nextInstance(), level: parent ? parent.level + 1 : 0 };
  return block.items.flatMap((item) =>
    item.flatMap((child, index) => {
      if (child.kind === "list") return renderList(child, context, position);
      if (child.kind === "paragraph") {
        return [index === 0 ? renderParagraph(child.inlines, child.align, position, false) : createIndented(child.inlines, position.level)];
      }
      return renderBlock(child, context, null);
    }),
  );
}

function createIndented(inlines: readonly ExportInline[], level: number): Paragraph {
  return new Paragraph({ children: renderInlines(inlines), indent: { left: 720 * (level + 1) }, spacing: { after: 60 } });
}

function renderTable(table: ExportTable, contentWidth: number): Table {
  const fixed = table.header.map((title) => COLUMN_TWIPS[title] ?? 0);
  const rest = Math.max(1500, contentWidth - fixed.reduce((sum, width) => sum + width, 0));
  const columnWidths = fixed.map((width) => width || rest);
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((cell, index) =>
        new TableCell({
          width: { size: columnWidths[index] ?? rest, type: WidthType.DXA },
          ...(header ? { shading: { fill: "E6E6E6", type: ShadingType.CLEAR, color: "auto" } } : {}),
          children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: cell, bold: header, size: 19 })] })],
        }),
      ),
    });
  return new Table({
    width: { size: columnWidths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths,
    borders: { top: GRID, bottom: GRID, left: GRID, right: GRID, insideHorizontal: GRID, insideVertical: GRID },
    rows: [row(table.header, true), ...table.rows.map((cells) => row(cells, false))],
  });
}

function createRuledParagraph(children: ParagraphChild[], color: string): Paragraph {
  return new Paragraph({ children, border: { left: { style: BorderStyle.SINGLE, size: 18, color, space: 8 } }, indent: { left: 200 } });
}

function labelRun(text: string): TextRun {
  return new TextRun({ text, bold: true });
}

/** Marks map one to one onto run properties; a "\n" run becomes a line break. */
function renderInlines(inlines: readonly ExportInline[]): ParagraphChild[] {
  let pendingBreak = false;
  const children: ParagraphChild[] = [];
  for (const run of inlines) {
    if (run.text === "\n") {
      pendingBreak = true;
      continue;
    }
    const text = new TextRun({
      text: run.text,
      ...(pendingBreak ? { break: 1 } : {}),
      ...(run.bold ? { bold: true } : {}),
      ...(run.italic ? { italics: true } : {}),
      ...(run.underline ? { underline: {} } : {}),
      ...(run.strike ? { strike: true } : {}),
      ...(run.href ? { style: "Hyperlink" } : {}),
    });
    pendingBreak = false;
    children.push(run.href ? new ExternalHyperlink({ link: run.href, children: [text] }) : text);
  }
  return children;
}
