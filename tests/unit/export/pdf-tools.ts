import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Writes a PDF to a temporary file and runs a poppler tool on it (pdftotext, pdfinfo, pdffonts). */
export function runPoppler(pdf: Buffer, tool: "pdftotext" | "pdfinfo" | "pdffonts", args: string[] = []): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapporteur-pdf-"));
  try {
    const file = path.join(dir, "report.pdf");
    fs.writeFileSync(file, pdf);
    const output = tool === "pdftotext" ? [file, "-"] : [file];
    return execFileSync(`/usr/bin/${tool}`, [...args, ...output], { encoding: "utf8" });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The text as pdftotext prints it, white space folded to one space. "layout" keeps table rows
 * on one line but scatters a rotated watermark among the words; "raw" follows the drawing
 * order, so a watermark comes out whole, letter by letter, after each page's footer.
 */
export function readPdfText(pdf: Buffer, mode: "layout" | "raw" = "layout"): string {
  return runPoppler(pdf, "pdftotext", [`-${mode}`]).replace(/\s+/g, " ");
}

/** Checks that `parts` occur in `text` in this order; returns the first one missing or out of order. */
export function findOutOfOrder(text: string, parts: readonly string[]): string | undefined {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) return part;
    from = at + part.length;
  }
  return undefined;
}
