import { assertNever, type InlineRun, type SummaryBlock } from "@rapporteur/shared";

type Content = Record<string, unknown> | string | Content[];

const TABLE_LAYOUT = {
  hLineWidth: (row: number, node: { table: { body: unknown[] } }) => (row === 0 || row === 1 || row === node.table.body.length ? 0.8 : 0.3),
  vLineWidth: () => 0,
  hLineColor: (row: number) => (row <= 1 ? "#555555" : "#cccccc"),
  paddingTop: () => 3,
  paddingBottom: () => 3,
};
const QUOTE_LAYOUT = { hLineWidth: () => 0, vLineWidth: (column: number) => (column === 0 ? 2 : 0), vLineColor: () => "#bbbbbb", paddingLeft: () => 10 };

const HEADING_STYLES: Record<number, string> = { 1: "h1", 2: "h2", 3: "h3", 4: "h4" };

export function pdfRuns(runs: readonly InlineRun[]): Content[] {
  return runs.map((run) => ({
    text: run.text,
    ...(run.bold ? { bold: true } : {}),
    ...(run.italic ? { italics: true } : {}),
    ...(run.strike ? { decoration: "lineThrough" } : run.underline || run.link ? { decoration: "underline" } : {}),
    ...(run.link ? { link: run.link, color: "#1f4e8c" } : {}),
  }));
}

const plain = (runs: readonly InlineRun[]) => runs.map((run) => run.text).join("").replace(/\n/g, " ");

/** One block of the report as pdfmake content; headings become PDF bookmarks. */
export function pdfBlock(block: SummaryBlock, outline: { count: number; parents: string[] }): Content {
  switch (block.kind) {
    case "heading": {
      const id = `h${++outline.count}`;
      const parent = outline.parents[block.level - 2];
      outline.parents[block.level - 1] = id;
      outline.parents.length = block.level;
      const heading = {
        text: pdfRuns(block.runs), style: HEADING_STYLES[block.level] ?? "h4", alignment: block.align, headlineLevel: block.level,
        outline: block.align !== "center" || block.level > 1, outlineId: id, outlineText: plain(block.runs),
        ...(parent ? { outlineParentId: parent } : {}),
      };
      return block.time ? [heading, { text: block.time, style: "time" }] : heading;
    }
    case "paragraph":
      if (block.number === undefined) return { text: pdfRuns(block.runs), alignment: block.align === "left" ? "justify" : block.align, style: "paragraph" };
      return { columns: [{ width: 24, text: `${block.number}.` }, { width: "*", text: pdfRuns(block.runs), alignment: "justify" }], columnGap: 4, style: "paragraph" };
    case "list": {
      const items = block.items.map((item) => item.map((child) => pdfBlock(child, outline)));
      return block.ordered ? { ol: items, start: block.start, style: "list" } : { ul: items, style: "list" };
    }
    case "quote":
      return { table: { widths: ["*"], body: [[block.blocks.map((child) => pdfBlock(child, outline))]] }, layout: QUOTE_LAYOUT, style: "paragraph" };
    case "rule":
      return { canvas: [{ type: "line", x1: 0, y1: 0, x2: 480, y2: 0, lineWidth: 0.5, lineColor: "#999999" }], margin: [0, 6, 0, 10] };
    case "action": {
      const details = [block.owner && `Owner: ${block.owner}`, block.due && `Due: ${block.due}`, block.done ? "Done" : null].filter(Boolean).join(" · ");
      return { text: [{ text: "Action: ", bold: true }, ...pdfRuns(block.runs), ...(details ? [{ text: `  (${details})`, color: "#555555" }] : [])], style: "paragraph" };
    }
    case "decision":
      return { text: [{ text: "Decision: ", bold: true }, ...pdfRuns(block.runs)], style: "paragraph" };
    case "participants":
      return pdfTable(["No.", "Name", "Affiliation", "Role"], [22, "auto", "*", "*"], block.participants.map((p, index) => [String(index + 1), p.name, p.affiliation ?? "", p.role ?? ""]));
    case "actionTable":
      return [{ text: "Action items", style: "tableTitle" }, pdfTable(["Action", "Owner", "Due", "Status"], ["*", "auto", "auto", "auto"], block.actions.map((a) => [a.text, a.owner ?? "", a.due ?? "", a.status === "done" ? "Done" : "Open"]))];
    case "decisionList":
      return [{ text: "Decisions", style: "tableTitle" }, { ol: block.decisions.map((decision) => decision.text), style: "list" }];
    default:
      return assertNever(block);
  }
}

function pdfTable(header: string[], widths: Array<number | string>, rows: string[][]): Content {
  return {
    table: { headerRows: 1, widths, body: [header.map((text) => ({ text, style: "tableHeader" })), ...rows] },
    layout: TABLE_LAYOUT,
    style: "table",
  };
}
