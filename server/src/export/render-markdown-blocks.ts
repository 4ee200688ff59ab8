import type { BlockContent, ListItem, PhrasingContent, Root, RootContent, TableRow } from "mdast";
import type { ExportBlock, ExportInline, ExportTable } from "./export-blocks.js";

type Mark = "href" | "bold" | "italic" | "strike";
/** Nesting order: a link encloses emphasis, never the other way round. */
const MARKS: readonly Mark[] = ["href", "bold", "italic", "strike"];

/** The export blocks as a Markdown syntax tree; `mdast-util-to-markdown` does all escaping. */
export function renderMarkdownBlocks(blocks: readonly ExportBlock[]): Root {
  return { type: "root", children: renderFlow(blocks) };
}

/** Runs of numbered paragraphs become one ordered list, runs of actions one task list. */
function renderFlow(blocks: readonly ExportBlock[]): RootContent[] {
  const out: RootContent[] = [];
  let index = 0;
  while (index < blocks.length) {
    const block = blocks[index] as ExportBlock;
    const run = takeRun(blocks, index, block);
    if (run.length > 1 || isGrouped(block)) {
      out.push(renderRun(run));
      index += run.length;
    } else {
      out.push(...renderBlock(block));
      index += 1;
    }
  }
  return out;
}

function isGrouped(block: ExportBlock): boolean {
  return block.kind === "action" || (block.kind === "paragraph" && block.number !== null);
}

function takeRun(blocks: readonly ExportBlock[], start: number, first: ExportBlock): ExportBlock[] {
  if (!isGrouped(first)) return [first];
  let end = start;
  while (end < blocks.length && isGrouped(blocks[end] as ExportBlock) && (blocks[end] as ExportBlock).kind === first.kind) end++;
  return blocks.slice(start, end);
}

function renderRun(run: readonly ExportBlock[]): BlockContent {
  const first = run[0] as ExportBlock;
  if (first.kind === "paragraph") {
    const items = run.map((block): ListItem => ({ type: "listItem", spread: false, children: renderBlock(block) as BlockContent[] }));
    return { type: "list", ordered: true, start: first.number ?? 1, spread: true, children: items };
  }
  const items = run.map((block): ListItem => ({
    type: "listItem",
    spread: false,
    checked: block.kind === "action" && block.done,
    children: renderBlock(block) as BlockContent[],
  }));
  return { type: "list", ordered: false, spread: false, children: items };
}

function renderBlock(block: ExportBlock): RootContent[] {
  switch (block.kind) {
    case "heading": {
      const inlines = block.inlines.map((run) => (run.text === "\n" ? { ...run, text: " " } : run));
      const marker = block.timeMarker ? [paragraph([{ type: "emphasis", children: [text(block.timeMarker)] }])] : [];
      return [{ type: "heading", depth: block.level, children: renderInlines(inlines) }, ...marker];
    }
    case "paragraph":
      return [paragraph(renderInlines(block.inlines))];
    case "list":
      return [{
        type: "list",
        ordered: block.ordered,
        start: block.start,
        spread: false,
        children: block.items.map((item) => ({ type: "listItem", spread: false, children: renderFlow(item) as BlockContent[] })),
      }];
    case "quote":
      return [{ type: "blockquote", children: renderFlow(block.blocks) as BlockContent[] }];
    case "rule":
      return [{ type: "thematicBreak" }];
    case "action":
      return [paragraph([strong("Action:"), text(" "), ...renderInlines(block.inlines), ...(block.details ? [text(" "), { type: "emphasis", children: [text(`(${block.details})`)] } as PhrasingContent] : [])])];
    case "decision":
      return [paragraph([strong("Decision:"), text(" "), ...renderInlines(block.inlines)])];
    case "caption":
      return [paragraph([strong(block.text)])];
    case "approval":
      return [{ type: "thematicBreak" }, paragraph([{ type: "emphasis", children: [text(block.statement.text)] }])];
    case "table":
      return [renderTable(block)];
  }
}

function renderTable(table: ExportTable): RootContent {
  const row = (cells: readonly string[]): TableRow => ({
    type: "tableRow",
    children: cells.map((cell) => ({ type: "tableCell", children: cell ? [text(cell.replace(/\s+/g, " "))] : [] })),
  });
  return { type: "table", align: table.header.map(() => null), children: [row(table.header), ...table.rows.map(row)] };
}

const text = (value: string): PhrasingContent => ({ type: "text", value });
const strong = (value: string): PhrasingContent => ({ type: "strong", children: [text(value)] });
const paragraph = (children: PhrasingContent[]): RootContent => ({ type: "paragraph", children });

/** Styled runs as nested phrasing: runs sharing a mark share one node, so `**a** **b**` stays `**a b**`. */
function renderInlines(runs: readonly ExportInline[], depth = 0): PhrasingContent[] {
  const mark = MARKS[depth];
  if (!mark) return runs.map((run) => (run.text === "\n" ? { type: "break" } : text(run.text)));
  const out: PhrasingContent[] = [];
  let start = 0;
  while (start < runs.length) {
    const key = runs[start]?.[mark];
    let end = start + 1;
    while (end < runs.length && runs[end]?.[mark] === key) end++;
    const group = runs.slice(start, end);
    out.push(...(key ? wrapGroup(mark, key, group, depth) : renderInlines(group, depth + 1)));
    start = end;
  }
  return out;
}

/**
 * CommonMark does not let emphasis open or close next to a space, so spaces at a group's
 * edges move outside its delimiters.
 */
function wrapGroup(mark: Mark, key: string | true, group: readonly ExportInline[], depth: number): PhrasingContent[] {
  const runs = group.map((run) => ({ ...run }));
  const first = runs[0] as ExportInline;
  const last = runs[runs.length - 1] as ExportInline;
  const leading = /^[ \t]*/.exec(first.text)?.[0] ?? "";
  first.text = first.text.slice(leading.length);
  const trailing = /[ \t]*$/.exec(last.text)?.[0] ?? "";
  last.text = last.text.slice(0, last.text.length - trailing.length);
  const inner = renderInlines(runs.filter((run) => run.text !== ""), depth + 1);
  const edges = (space: string) => (space ? [text(space)] : []);
  if (inner.length === 0) return edges(leading + trailing);
  const wrapped: PhrasingContent =
    mark === "href" ? { type: "link", url: String(key), children: inner }
    : mark === "bold" ? { type: "strong", children: inner }
    : mark === "italic" ? { type: "emphasis", children: inner }
    : { type: "delete", children: inner };
  return [...edges(leading), wrapped, ...edges(trailing)];
}
