const PARTICLES = new Set(["de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "la", "le", "bin", "al", "el", "y"]);

/** "Anna Smith", "Wout de Natris": two to five words, each a capitalised name or a particle. */
function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 5 && /^\p{Lu}/u.test(words[0]!) && words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word) || PARTICLES.has(word));
}

/**
 * A participant list typed on one line under its heading ("Anna Smith, Bob Jones, Carl Lee"):
 * the names, when there are three or more and every one looks like a name; else undefined.
 */
export function splitNameList(line: string): string[] | undefined {
  if (/[()\t]/.test(line)) return undefined;
  const names = line.replace(/[.;]\s*$/, "").split(/,\s*|\s+and\s+/).map((name) => name.trim()).filter(Boolean);
  return names.length >= 3 && names.every(looksLikeName) ? names : undefined;
}
