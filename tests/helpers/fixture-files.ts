import fs from "node:fs";

/** Reports written for this repository, in the style of real ones: every test can use them. */
export const OWN_FIXTURES = new URL("../fixtures/", import.meta.url);

/** The real reports, kept outside the repository (next to it, as in CI); tests use them in addition when present. */
export const SEED_FIXTURES = new URL("../../../shared/fixtures/seeds/", import.meta.url);

export const seedsPresent = fs.existsSync(SEED_FIXTURES);

/** A report by file name: the repository's own fixtures first, then the real seeds. */
export function fixtureUrl(file: string): URL {
  const own = new URL(file, OWN_FIXTURES);
  return fs.existsSync(own) ? own : new URL(file, SEED_FIXTURES);
}

export function readFixture(file: string): string {
  return fs.readFileSync(fixtureUrl(file), "utf8");
}

/** The text of a report between two markers (as a secretariat would select and paste it). */
export function fixtureSlice(file: string, from: string, to?: string): string {
  const text = readFixture(file);
  const start = text.indexOf(from);
  if (start < 0) throw new Error(`"${from}" not in ${file}`);
  const end = to === undefined ? text.length : text.indexOf(to, start + from.length);
  return text.slice(start, end < 0 ? text.length : end);
}

/** `cases`, plus `seedCases` when the real reports are there. */
export function withSeeds<T>(cases: readonly T[], seedCases: readonly T[]): T[] {
  return seedsPresent ? [...cases, ...seedCases] : [...cases];
}
