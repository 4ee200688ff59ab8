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

interface EmbeddedFont {
  font: unknown;
  constructor: new (document: PdfKitDocument, font: unknown, id: string) => EmbeddedFont;
}

interface PdfKitDocument {
  fontCache: Record<string, Record<string, EmbeddedFont>>;
  _fontFamilies: Record<string, EmbeddedFont>;
  _fontCount: number;
  getFontType(bold: boolean, italics: boolean): string;
}

/**
 * pdfkit parses each font file again for every document (a third of a report's rendering).
 * The parsed font is read-only, so it is kept and wrapped in a fresh per-document embedding
 * (its own subset and id): the same bytes are printed, without parsing Roboto again.
 */
function reuseParsedFonts(PdfDocument: { prototype: { provideFont(this: PdfKitDocument, family: string, bold: boolean, italics: boolean): EmbeddedFont } }): void {
  const parsed = new Map<string, EmbeddedFont>();
  const provideFont = PdfDocument.prototype.provideFont;
  PdfDocument.prototype.provideFont = function (family, bold, italics) {
    const type = this.getFontType(bold, italics);
    const cached = this.fontCache[family]?.[type];
    if (cached) return cached;
    const key = `${family}/${type}`;
    const first = parsed.get(key);
    if (!first) {
      const font = provideFont.call(this, family, bold, italics);
      parsed.set(key, font);
      return font;
    }
    const font = new first.constructor(this, first.font, `F${++this._fontCount}`);
    // pdfkit embeds (subsets and writes) every font it finds here when the document ends.
    this._fontFamilies[`rapporteur:${key}`] = font;
    (this.fontCache[family] ??= {})[type] = font;
    return font;
  };
}

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
  reuseParsedFonts(require(path.join(path.dirname(require.resolve("pdfmake/package.json")), "js", "PDFDocument.js")).default);
  loaded = pdfmake;
  return pdfmake;
}
