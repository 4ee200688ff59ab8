/** Marker families: items of one family are siblings; another family under them is a sub-list. */
export type MarkerKind = "number" | "upper" | "lower" | "bullet" | "none";

export interface ListMarker {
  kind: MarkerKind;
  /** The text after the marker(s). */
  rest: string;
}

const BULLET = /^[-–—•*·▪◦‣○●■□\uf0b7\uf0a7\uf076\uf0d8\uf0fc►➢✓]\s*/u;
const NUMBER = /^\(?(\d{1,3})[.)](?=\s|[A-Za-z\u00C0-\u024F[(])\s*/;
/** A letter or a roman numeral ("a)", "IV."); the case tells the family, "I." and "i." alike. */
const ALPHA = /^\(?([A-Za-z]|[ivxlcdm]{2,6}|[IVXLCDM]{2,6})[.)]\s+/;

/**
 * Reads the list marker(s) at the start of a pasted line: "1.", "1)", "IV.", "a)", "-", "•",
 * the PDF bullet glyphs, or a bullet followed by a number ("- 1) Name").
 */
export function readListMarker(text: string): ListMarker {
  let rest = text;
  let kind: MarkerKind = "none";
  const bullet = BULLET.exec(rest);
  if (bullet && !/^-\d/.test(rest)) {
    kind = "bullet";
    rest = rest.slice(bullet[0].length);
  }
  const number = NUMBER.exec(rest);
  const alpha = number ? null : ALPHA.exec(rest);
  if (number) {
    rest = rest.slice(number[0].length);
    if (kind === "none") kind = "number";
  } else if (alpha) {
    rest = rest.slice(alpha[0].length);
    if (kind === "none") kind = alpha[1] === alpha[1]!.toUpperCase() ? "upper" : "lower";
  }
  return { kind, rest: rest.trim() };
}
