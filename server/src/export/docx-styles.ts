import type { IStylesOptions } from "docx";

/** The outline level is what Word's navigation pane and PDF bookmarks read. */
const heading = (level: number, size: number, before: number, italics = false) => ({
  run: { font: "Calibri", size, bold: true, italics, color: "000000" },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel: level - 1 },
});

/** Word's own Heading 1–4 styles, restyled sober: the navigation pane and a TOC still work. */
export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: "Calibri", size: 22 }, paragraph: { spacing: { after: 160, line: 276 } } },
    heading1: heading(1, 30, 360),
    heading2: heading(2, 26, 280),
    heading3: heading(3, 23, 240),
    heading4: heading(4, 21, 200, true),
    hyperlink: { run: { color: "1F4E8C", underline: {} } },
  },
};
