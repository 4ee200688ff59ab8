import { readListMarker } from "./list-marker.js";

/**
 * What every heading looks like, on a line or as a block: at most `maxChars` long, no closing
 * punctuation, no link, not a bullet, not two sentences.
 */
export function isHeadingShaped(text: string, maxChars: number): boolean {
  if (text.length > maxChars || /[.;,:?!]$/.test(text) || /https?:\/\//.test(text)) return false;
  return readListMarker(text).kind !== "bullet" && !/[a-z]\. [A-Z]/.test(text);
}
