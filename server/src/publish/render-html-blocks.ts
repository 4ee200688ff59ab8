import type { ExportBlock, ExportInline, ExportTable } from "../export/export-blocks.js";
import { escapeHtml, html, Html } from "./escape-html.js";

/**
 * The report blocks as semantic HTML: the same blocks the PDF and Word files print, so the
 * public page says exactly what the approved files say.
 */
export function renderHtmlBlocks(blocks: readonly ExportBlock[]): Html {
  const out: Html[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    const next = blocks[index + 1];
    // A caption followed by its table becomes the table's own <caption>.
    if (block.kind === "caption" && next?.kind === "table") {
      out.push(renderTable(next, block.text));
      index++;
      continue;
    }
    out.push(renderBlock(block));
  }
  return html`${out}`;
}

function renderBlock(block: ExportBlock): Html {
  switch (block.kind) {
    case "heading":
      return renderHeading(block);
    case "paragraph": {
      const number = block.number === null ? null : html`<span class="number">${block.number}.</span> `;
      return html`<p class="${paragraphClass(block)}">${number}${renderInlines(block.inlines)}</p>`;
    }
    case "list":
      return renderList(block);
    case "quote":
      return html`<blockquote>${renderHtmlBlocks(block.blocks)}</blockquote>`;
    case "rule":
      return html`<hr>`;
    case "action": {
      const details = block.details ? html` <em>(${block.details})</em>` : null;
      return html`<p class="action"><strong>Action:</strong> ${renderInlines(block.inlines)}${details}</p>`;
    }
    case "decision":
      return html`<p class="decision"><strong>Decision:</strong> ${renderInlines(block.inlines)}</p>`;
    case "caption":
      return html`<p class="caption">${block.text}</p>`;
    case "approval":
      return html`<p class="approval">${block.statement.text}</p>`;
    case "table":
      return renderTable(block, null);
  }
}

function paragraphClass(block: Extract<ExportBlock, { kind: "paragraph" }>): string {
  return [block.titleBlock ? "title-line" : "", block.align === "left" ? "" : `align-${block.align}`].filter(Boolean).join(" ");
}

function renderHeading(block: Extract<ExportBlock, { kind: "heading" }>): Html {
  const tag = `h${block.level}`;
  const classes = [block.titleBlock ? "title-line" : "", block.align === "left" ? "" : `align-${block.align}`].filter(Boolean).join(" ");
  const marker = block.timeMarker ? html`<p class="time-marker">${block.timeMarker}</p>` : null;
  return html`${new Html(`<${tag}${classes ? ` class="${classes}"` : ""}>`)}${renderInlines(block.inlines)}${new Html(`</${tag}>`)}${marker}`;
}

function renderList(block: Extract<ExportBlock, { kind: "list" }>): Html {
  const items = block.items.map((item) => html`<li>${renderListItem(item)}</li>`);
  if (!block.ordered) return html`<ul>${items}</ul>`;
  return block.start === 1 ? html`<ol>${items}</ol>` : html`<ol start="${block.start}">${items}</ol>`;
}

/** A list item of one plain paragraph is written without the <p>, as people write lists. */
function renderListItem(item: ExportBlock[]): Html {
  const only = item[0];
  if (item.length === 1 && only?.kind === "paragraph" && only.number === null) return renderInlines(only.inlines);
  return renderHtmlBlocks(item);
}

function renderTable(table: ExportTable, caption: string | null): Html {
  const header = table.header.map((title) => html`<th scope="col">${title}</th>`);
  const rows = table.rows.map((row) => html`<tr>${row.map((cell) => html`<td>${cell}</td>`)}</tr>`);
  const captionHtml = caption ? html`<caption>${caption}</caption>` : null;
  return html`<table class="${table.purpose}">${captionHtml}<thead><tr>${header}</tr></thead><tbody>${rows}</tbody></table>`;
}

function renderInlines(inlines: readonly ExportInline[]): Html {
  return html`${inlines.map(renderInline)}`;
}

function renderInline(run: ExportInline): Html {
  let out = new Html(run.text.split("\n").map(escapeHtml).join("<br>"));
  if (run.bold) out = html`<strong>${out}</strong>`;
  if (run.italic) out = html`<em>${out}</em>`;
  if (run.underline && !run.href) out = html`<u>${out}</u>`;
  if (run.strike) out = html`<s>${out}</s>`;
  if (run.href) out = html`<a href="${run.href}">${out}</a>`;
  return out;
}
