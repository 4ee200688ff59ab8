import { AlignmentType, ExternalHyperlink, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from "docx";
import { assertNever, type InlineRun, type SummaryBlock } from "@rapporteur/shared";

type Body = Paragraph | Table;

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

export function docxRuns(runs: readonly InlineRun[], extra: { bold?: boolean; color?: string } = {}): ParagraphChild[] {
  return runs.map((run) => {
    const options = { bold: run.bold || extra.bold, italics: run.italic, strike: run.strike, ...(extra.color ? { color: extra.color } : {}) };
    if (run.text === "\n") return new TextRun({ break: 1 });
    if (run.link) return new ExternalHyperlink({ link: run.link, children: [new TextRun({ ...options, text: run.text, style: "Hyperlink" })] });
    return new TextRun({ ...options, text: run.text, ...(run.underline ? { underline: {} } : {}) });
  });
}

/** Converts blocks to Word paragraphs and tables; each list gets its own numbering instance. */
export function docxBlocks(blocks: readonly SummaryBlock[], lists: { next: number }, level = 0): Body[] {
  return blocks.flatMap((block): Body[] => {
    switch (block.kind) {
      case "heading":
        return [
          new Paragraph({ heading: HEADINGS[Math.min(block.level, 4) - 1], alignment: ALIGN[block.align], children: docxRuns(block.runs) }),
          ...(block.time ? [new Paragraph({ children: [new TextRun({ text: block.time, italics: true, color: "666666", size: 18 })] })] : []),
        ];
      case "paragraph":
        if (block.number === undefined) return [new Paragraph({ alignment: block.align === "left" ? AlignmentType.JUSTIFIED : ALIGN[block.align], children: docxRuns(block.runs) })];
        return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { left: 400, hanging: 400 }, children: [new TextRun(`${block.number}.\t`), ...docxRuns(block.runs)] })];
      case "list": {
        const instance = lists.next++;
        return block.items.flatMap((item) =>
          item.flatMap((child, index) =>
            index === 0 && child.kind === "paragraph"
              ? [new Paragraph({ numbering: { reference: block.ordered ? "ordered" : "bullets", level, instance }, children: docxRuns(child.runs) })]
              : docxBlocks([child], lists, level + 1),
          ),
        );
      }
      case "quote":
        return docxBlocks(block.blocks, lists, level);
      case "rule":
        return [new Paragraph({ border: { bottom: { style: "single", size: 6, color: "999999", space: 1 } }, children: [] })];
      case "action": {
        const details = [block.owner && `Owner: ${block.owner}`, block.due && `Due: ${block.due}`, block.done ? "Done" : null].filter(Boolean).join(" · ");
        return [new Paragraph({ children: [new TextRun({ text: "Action: ", bold: true }), ...docxRuns(block.runs), ...(details ? [new TextRun({ text: `  (${details})`, color: "555555" })] : [])] })];
      }
      case "decision":
        return [new Paragraph({ children: [new TextRun({ text: "Decision: ", bold: true }), ...docxRuns(block.runs)] })];
      case "participants":
        return [docxTable(["No.", "Name", "Affiliation", "Role"], block.participants.map((p, index) => [String(index + 1), p.name, p.affiliation ?? "", p.role ?? ""]))];
      case "actionTable":
        return [
          new Paragraph({ children: [new TextRun({ text: "Action items", bold: true })] }),
          docxTable(["Action", "Owner", "Due", "Status"], block.actions.map((a) => [a.text, a.owner ?? "", a.due ?? "", a.status === "done" ? "Done" : "Open"])),
        ];
      case "decisionList": {
        const instance = lists.next++;
        return [
          new Paragraph({ children: [new TextRun({ text: "Decisions", bold: true })] }),
          ...block.decisions.map((decision) => new Paragraph({ numbering: { reference: "ordered", level: 0, instance }, children: [new TextRun(decision.text)] })),
        ];
      }
      default:
        return assertNever(block);
    }
  });
}

function docxTable(header: string[], rows: string[][]): Table {
  const row = (cells: string[], bold: boolean) =>
    new TableRow({ tableHeader: bold, children: cells.map((text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] })) });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(header, true), ...rows.map((cells) => row(cells, false))] });
}
