/**
 * What was pasted but not yet taken into the list below it ("Use this … ↓" not clicked, or the
 * text changed since). Creating a meeting must never drop it silently: an empty list takes it,
 * a list someone filled by hand blocks the creation with a message naming what would be lost.
 */
export type PendingPaste<Item> = { kind: "none" } | { kind: "use"; items: Item[] } | { kind: "conflict"; message: string };

export function applyPendingPaste<Item>(options: {
  /** "agenda" or "participant list". */
  what: string;
  useLabel: string;
  pasted: string;
  /** The text last taken into the list with the "Use" button. */
  used: string | undefined;
  parsed: Item[];
  listIsEmpty: boolean;
}): PendingPaste<Item> {
  const { what, useLabel, pasted, used, parsed, listIsEmpty } = options;
  if (pasted.trim() === "" || pasted === used || parsed.length === 0) return { kind: "none" };
  if (listIsEmpty) return { kind: "use", items: parsed };
  const count = `${parsed.length} ${parsed.length === 1 ? "entry" : "entries"}`;
  return {
    kind: "conflict",
    message: `The pasted ${what} (${count}) is not in the list below: click “${useLabel}” to take it, or clear the paste box to keep the list as it is.`,
  };
}
