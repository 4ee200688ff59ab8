import type { AgendaItemInput } from "../meeting/create-meeting-request.js";
import { readListMarker } from "./list-marker.js";
import { stripMarkdownLinks } from "./markdown-links.js";

export interface AgendaMatch {
  index: number;
  /** Set when the heading is a sub-item of item `index`. */
  childIndex?: number;
}

// Words that carry no meaning of their own: "Update from the Secretariat" and "Secretariat update" match.
const STOPWORDS = new Set(["the", "a", "an", "of", "and", "on", "for", "to", "in", "from", "with", "by", "at", "its", "item", "agenda"]);
const ITEM_PREFIX = /^((agenda\s+)?item\s+\w{1,6}\s*[:.)–—-]\s*)/i;

/** A heading's or item's meaningful words, without its number or letter; at most 30, each at most 30 characters. */
function wordsOf(text: string): string[] {
  const bare = readListMarker(stripMarkdownLinks(text.slice(0, 400)).replace(ITEM_PREFIX, "")).rest.toLowerCase();
  const words = bare.match(/[\p{L}\p{N}+]+/gu) ?? [];
  return words.filter((word) => !STOPWORDS.has(word) && !/^\d+$/.test(word)).slice(0, 30).map((word) => word.slice(0, 30));
}

/** At most one letter added, dropped or changed: a typo. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i + (a.length >= b.length ? 1 : 0));
  const restB = b.slice(i + (b.length >= a.length ? 1 : 0));
  return restA === restB;
}

/** The same word, a plural or other ending ("activities"/"activity"), or a typo in a longer word. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5) return false;
  return a.slice(0, 5) === b.slice(0, 5) ? Math.abs(a.length - b.length) <= 3 || withinOneEdit(a, b) : withinOneEdit(a, b);
}

// A long summary matches every heading against the same items: their words are read once.
const itemWords = new WeakMap<AgendaItemInput, string[]>();
function wordsOfItem(item: AgendaItemInput): string[] {
  const known = itemWords.get(item);
  if (known) return known;
  const fresh = wordsOf(item.title);
  itemWords.set(item, fresh);
  return fresh;
}

/**
 * How well a heading's words cover an item's, 0 when not enough: the same words (most of them),
 * the item shortened (every heading word in the item), or the item with a few words added.
 */
function coverage(heading: readonly string[], item: readonly string[]): number {
  if (heading.length === 0 || item.length === 0) return 0;
  const shared = heading.filter((word) => item.some((other) => sameWord(word, other))).length;
  const ofHeading = shared / heading.length;
  const ofItem = shared / item.length;
  const similar = ofHeading >= 0.6 && ofItem >= 0.6;
  const shortened = ofHeading === 1 && (shared >= 2 || item.length <= 2 || heading[0]!.length >= 6);
  const extended = ofItem === 1 && ofHeading >= 0.5;
  return similar || shortened || extended ? ofHeading + ofItem : 0;
}

/**
 * The agenda item or sub-item a section heading discusses, when worded differently too:
 * numbering, letters, case, small edits (a typo, a plural) or the title shortened.
 */
export function matchAgendaItem(title: string, agenda: readonly AgendaItemInput[]): AgendaMatch | undefined {
  const heading = wordsOf(title);
  if (heading.length === 0) return undefined;
  let best: (AgendaMatch & { score: number }) | undefined;
  const consider = (score: number, match: AgendaMatch) => {
    if (score > 0 && (!best || score > best.score)) best = { ...match, score };
  };
  agenda.forEach((item, index) => {
    consider(coverage(heading, wordsOfItem(item)), { index });
    item.children?.forEach((child, childIndex) => consider(coverage(heading, wordsOfItem(child)) - 0.01, { index, childIndex }));
  });
  return best && { index: best.index, ...(best.childIndex !== undefined ? { childIndex: best.childIndex } : {}) };
}
