import * as Y from "yjs";
import { YDOC } from "@rapporteur/shared";

/** One old text and what it now says, e.g. "16 February 2023" → "2 March 2023". */
export interface TextCorrection {
  from: string;
  to: string;
}

interface Match {
  index: number;
  correction: TextCorrection;
}

/**
 * Makes the title block and opening paragraphs (every top-level block before the first section
 * or agenda heading) say the corrected facts, as one Yjs change on `doc`: connected editors see it
 * live. Text a note-taker already rewrote no longer matches and stays as written.
 * Returns how many occurrences were replaced.
 */
export function rewriteTitleBlock(doc: Y.Doc, corrections: readonly TextCorrection[], origin: unknown = "edit-details"): number {
  const useful = corrections.filter((correction) => correction.from !== "" && correction.from !== correction.to);
  if (useful.length === 0) return 0;
  let replaced = 0;
  doc.transact(() => {
    for (const text of titleBlockTexts(doc.getXmlFragment(YDOC.body))) replaced += correctText(text, useful);
  }, origin);
  return replaced;
}

function titleBlockTexts(body: Y.XmlFragment): Y.XmlText[] {
  const texts: Y.XmlText[] = [];
  for (const block of body.toArray()) {
    if (isSectionStart(block)) break;
    collectTexts(block, texts);
  }
  return texts;
}

function isSectionStart(node: Y.XmlElement | Y.XmlText | Y.XmlHook): boolean {
  if (!(node instanceof Y.XmlElement) || node.nodeName !== "heading") return false;
  return node.getAttribute("sectionKind") != null || node.getAttribute("agendaItemId") != null;
}

function collectTexts(node: Y.XmlElement | Y.XmlText | Y.XmlHook, into: Y.XmlText[]): void {
  if (node instanceof Y.XmlText) into.push(node);
  else if (node instanceof Y.XmlElement) for (const child of node.toArray()) collectTexts(child, into);
}

type DeltaOp = { insert: unknown; attributes?: Record<string, unknown> };

/**
 * Finds every occurrence in the text as it was, longer corrections first claiming their
 * characters, so a new value is never corrected again ("A" → "A and B" inside a changed
 * sentence) and "16 February 2023" wins over "2023". Edits run from the end backwards.
 */
function correctText(text: Y.XmlText, corrections: readonly TextCorrection[]): number {
  const delta = text.toDelta() as DeltaOp[];
  // Embeds count one position each in Yjs; a placeholder character keeps the indices aligned.
  const plain = delta.map((op) => (typeof op.insert === "string" ? op.insert : "\uFFFC")).join("");
  const matches = findMatches(plain, corrections);
  for (const match of [...matches].sort((a, b) => b.index - a.index)) {
    const attributes = attributesAt(delta, match.index);
    text.delete(match.index, match.correction.from.length);
    text.insert(match.index, match.correction.to, attributes);
  }
  return matches.length;
}

function findMatches(plain: string, corrections: readonly TextCorrection[]): Match[] {
  const taken: boolean[] = new Array(plain.length).fill(false);
  const matches: Match[] = [];
  const longestFirst = [...corrections].sort((a, b) => b.from.length - a.from.length);
  for (const correction of longestFirst) {
    for (let index = plain.indexOf(correction.from); index !== -1; index = plain.indexOf(correction.from, index + 1)) {
      const end = index + correction.from.length;
      if (taken.slice(index, end).some(Boolean)) continue;
      taken.fill(true, index, end);
      matches.push({ index, correction });
    }
  }
  return matches;
}

/** The formatting of the character at `index` (bold in the title block), kept on the new text. */
function attributesAt(delta: readonly DeltaOp[], index: number): Record<string, unknown> {
  let start = 0;
  for (const op of delta) {
    const length = typeof op.insert === "string" ? op.insert.length : 1;
    if (index < start + length) return { ...(op.attributes ?? {}) };
    start += length;
  }
  return {};
}
