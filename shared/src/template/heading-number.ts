import { assertNever } from "../assert-never.js";
import { toRoman } from "../meeting/meeting-number.js";
import type { HeadingNumbering, SubItemNumbering } from "./report-template.js";

/** The label in front of the n-th (1-based) agenda heading: "1.", "1)", "A.", "I." or none. */
export function formatHeadingNumber(style: HeadingNumbering, n: number): string {
  switch (style) {
    case "decimal":
      return `${n}.`;
    case "decimal-paren":
      return `${n})`;
    case "upper-alpha":
      return `${alphaLabel(n)}.`;
    case "upper-roman":
      return `${toRoman(n)}.`;
    case "none":
      return "";
    default:
      return assertNever(style);
  }
}

/** The label of the n-th (1-based) sub-item of the item-th agenda item: "a.", "a)", "2.1" or none. */
export function formatSubItemNumber(style: SubItemNumbering, item: number, n: number): string {
  switch (style) {
    case "lower-alpha":
      return `${alphaLabel(n).toLowerCase()}.`;
    case "lower-alpha-paren":
      return `${alphaLabel(n).toLowerCase()})`;
    case "decimal-nested":
      return `${item}.${n}`;
    case "none":
      return "";
    default:
      return assertNever(style);
  }
}

function alphaLabel(n: number): string {
  let rest = n;
  let out = "";
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    out = String.fromCharCode(65 + digit) + out;
    rest = Math.floor((rest - 1) / 26);
  }
  return out;
}

