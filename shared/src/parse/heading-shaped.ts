import { readListMarker } from "./list-marker.js";

/**
 * What every heading looks like, on a line or as a block: at most `maxChars` long, no closing
 * punctuation, no link, not a bullet, not two sentences.
 */
export function isHeadingShaped(text: string, maxChars: number): boolean {
  if (text.length > maxChars || /[.;,:?!]$/.test(text) || /https?:\/\//.test(text)) return false;
  const marker = readListMarker(text);
  return marker.kind !== "bullet" && !/[a-z]\. [A-Z]/.test(marker.rest);
}
