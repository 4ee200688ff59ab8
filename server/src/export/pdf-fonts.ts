import { createRequire } from "node:module";
import path from "node:path";
import pdfmake from "pdfmake";

let configured = false;

/**
 * Embeds Roboto as shipped in the pdfmake package (Latin with accents, Greek and Cyrillic), and
 * locks pdfmake out of the network and of every other file: exports render user text only.
 */
export function configurePdfFonts(): typeof pdfmake {
  if (configured) return pdfmake;
  const folder = path.join(path.dirname(createRequire(import.meta.url).resolve("pdfmake/package.json")), "fonts", "Roboto");
  pdfmake.setFonts({
    Roboto: {
      normal: path.join(folder, "Roboto-Regular.ttf"),
      bold: path.join(folder, "Roboto-Medium.ttf"),
      italics: path.join(folder, "Roboto-Italic.ttf"),
      bolditalics: path.join(folder, "Roboto-MediumItalic.ttf"),
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(folder));
  configured = true;
  return pdfmake;
}
