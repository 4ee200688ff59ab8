import { LIMITS } from "../limits.js";

/**
 * An agenda read from free text (a paste, an imported summary) kept within the limits: at most
 * `maxAgendaItems` items, `maxAgendaSubItems` sub-items each and `maxAgendaEntries` in all.
 * What was left out is said in `dropped` (for a warning), never stored to break later reads.
 */
export function capAgenda<Item extends { children?: unknown[] | undefined }>(items: readonly Item[]): { items: Item[]; dropped: string[] } {
  const dropped: string[] = [];
  if (items.length > LIMITS.maxAgendaItems) dropped.push(`only the first ${LIMITS.maxAgendaItems} agenda items were kept`);
  let budget: number = LIMITS.maxAgendaEntries;
  const kept: Item[] = [];
  for (const item of items.slice(0, LIMITS.maxAgendaItems)) {
    if (budget === 0) {
      dropped.push(`only the first ${LIMITS.maxAgendaEntries} agenda items and sub-items were kept`);
      break;
    }
    budget -= 1;
    const children = item.children ?? [];
    const allowed = Math.min(children.length, LIMITS.maxAgendaSubItems, budget);
    if (allowed < children.length) dropped.push(`only ${allowed} of the ${children.length} sub-items of item ${kept.length + 1} were kept`);
    budget -= allowed;
    kept.push(item.children === undefined ? item : { ...item, children: children.slice(0, allowed) });
  }
  return { items: kept, dropped };
}
