/**
 * `text` without the characters of `set` (and white space) at its end. A pattern like
 * `/[\s.,;:]+$/` retries from every character of a long run that is not at the end: quadratic.
 */
export function trimTrailing(text: string, set: string): string {
  let end = text.length;
  while (end > 0 && (set.includes(text[end - 1]!) || /\s/.test(text[end - 1]!))) end--;
  return text.slice(0, end);
}

/** `text` without the characters of `set` (and white space) at either end. */
export function trimBoth(text: string, set: string): string {
  let start = 0;
  while (start < text.length && (set.includes(text[start]!) || /\s/.test(text[start]!))) start++;
  return trimTrailing(text.slice(start), set);
}
