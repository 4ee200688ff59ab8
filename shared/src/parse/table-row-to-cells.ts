/**
 * A Markdown table row ("| 1 | Anna Smith | APC | Chair |") as the tab-separated cells a
 * spreadsheet copy gives, without a leading row number; the rule under the header is dropped
 * (undefined). Other lines are returned unchanged.
 */
export function tableRowToCells(line: string): string | undefined {
  if (!/^\|.*\|$/.test(line.trim())) return line;
  const cells = line.trim().slice(1, -1).split("|").map((cell) => cell.trim());
  if (cells.every((cell) => /^:?-{2,}:?$/.test(cell))) return undefined;
  const withoutNumber = /^(\d{1,4}\.?|no\.?)$/i.test(cells[0] ?? "") ? cells.slice(1) : cells;
  return withoutNumber.join("\t");
}
