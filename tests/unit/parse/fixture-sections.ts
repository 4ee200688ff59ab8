import fs from "node:fs";

const seeds = new URL("../../../../shared/fixtures/seeds/", import.meta.url);

/** The text of a fixture between two markers (as a secretariat would select and paste it). */
export function fixtureSlice(file: string, from: string, to?: string): string {
  const text = fs.readFileSync(new URL(file, seeds), "utf8");
  const start = text.indexOf(from);
  if (start < 0) throw new Error(`"${from}" not in ${file}`);
  const end = to === undefined ? text.length : text.indexOf(to, start + from.length);
  return text.slice(start, end < 0 ? text.length : end);
}

export function readFixture(file: string): string {
  return fs.readFileSync(new URL(file, seeds), "utf8");
}
