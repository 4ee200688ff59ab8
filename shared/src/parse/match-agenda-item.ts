import { stripMarkdownLinks } from "./markdown-links.js";
import type { AgendaItemInput } from "../meeting/create-meeting-request.js";

const words = (text: string) => stripMarkdownLinks(text).toLowerCase().match(/[\p{L}\p{N}+]+/gu) ?? [];

// A long summary matches every heading against the same items: their words are read once.
const itemWords = new WeakMap<AgendaItemInput, Set<string>>();
function wordsOfItem(item: AgendaItemInput): Set<string> {
  const known = itemWords.get(item);
  if (known) return known;
  const fresh = new Set(words(item.title));
  itemWords.set(item, fresh);
  return fresh;
}

/**
 * The agenda item a section heading discusses: the same words, or most of them (headings are
 * often the agenda title shortened or with its number).
 */
export function matchAgendaItem(title: string, agenda: readonly AgendaItemInput[]): number | undefined {
  const heading = words(title).filter((word) => !/^\d+$/.test(word));
  if (heading.length === 0) return undefined;
  let best: { index: number; score: number } | undefined;
  agenda.forEach((item, index) => {
    const candidate = wordsOfItem(item);
    const shared = heading.filter((word) => candidate.has(word)).length;
    const score = shared / Math.max(heading.length, candidate.size);
    if (score >= 0.6 && (!best || score > best.score)) best = { index, score };
  });
  return best?.index;
}
