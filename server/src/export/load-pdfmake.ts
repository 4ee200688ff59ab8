import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

/** A pdfmake document definition node; pdfmake 0.3 ships no types of its own. */
export type PdfContent = string | PdfContent[] | { [key: string]: unknown };

export interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  addFonts(fonts: Record<string, Record<"normal" | "bold" | "italics" | "bolditalics", string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (file: string) => boolean): void;
  createPdf(definition: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
}

export const PDF_FONT = "Roboto";

/** Roboto as pdfmake ships it covers accented Latin, Greek and Cyrillic, so names print as typed. */
const FONT_FILES = {
  normal: "Roboto-Regular.ttf",
  bold: "Roboto-Medium.ttf",
  italics: "Roboto-Italic.ttf",
  bolditalics: "Roboto-MediumItalic.ttf",
} as const;

let loaded: PdfMake | undefined;

/**
 * pdfmake with the fonts read once into its in-memory file system. The report never needs a
 * file or URL of its own, so both access policies refuse everything: a link in the minutes can
 * never make the server fetch or read anything.
 */
export function loadPdfMake(): PdfMake {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const pdfmake = require("pdfmake") as PdfMake;
  const fontDir = path.join(path.dirname(require.resolve("pdfmake/package.json")), "fonts", "Roboto");
  const names = {} as Record<keyof typeof FONT_FILES, string>;
  for (const [style, file] of Object.entries(FONT_FILES) as [keyof typeof FONT_FILES, string][]) {
    const name = `rapporteur-fonts/${file}`;
    pdfmake.virtualfs.writeFileSync(name, fs.readFileSync(path.join(fontDir, file)));
    names[style] = name;
  }
  pdfmake.addFonts({ [PDF_FONT]: names });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  loaded = pdfmake;
  return pdfmake;
}
