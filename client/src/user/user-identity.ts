const NAME_KEY = "rapporteur.userName";

export function loadUserName(): string {
  return localStorage.getItem(NAME_KEY) ?? "";
}

export function saveUserName(name: string): void {
  localStorage.setItem(NAME_KEY, name.trim());
}

const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#ff7f0e", "#3b5b92"];

/** A stable colour per name, so a person keeps their colour across sessions and browsers. */
export function colorForName(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}
