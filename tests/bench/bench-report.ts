/** One line of the report: a name padded to a column, then its figures. */
export function report(name: string, value: string): void {
  console.log(`${name.padEnd(52)} ${value}`);
}

export function heading(title: string): void {
  console.log(`\n## ${title}\n`);
}

/** The q-quantile (0..1) of ascending values, nearest rank. */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function median(values: number[]): number {
  return quantile([...values].sort((a, b) => a - b), 0.5);
}

export const ms = (value: number) => (Number.isNaN(value) ? "–" : value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0));
export const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** Prints rows as a Markdown table, so the output pastes into notes and issues as is. */
export function table(columns: string[], rows: string[][]): void {
  const widths = columns.map((column, index) => Math.max(column.length, ...rows.map((row) => row[index]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, index) => cell.padEnd(widths[index]!)).join(" | ")} |`;
  console.log(line(columns));
  console.log(`|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));
}
