import { InputRule, Mark, type Editor, mergeAttributes, PasteRule, type InputRuleMatch, type PasteRuleMatch } from "@tiptap/core";
import type { MarkType } from "@tiptap/pm/model";
import { Plugin } from "@tiptap/pm/state";
import { isSafeHref } from "./safe-href.js";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    link: {
      /** Links the selection (refused for an address that is not safe). */
      setLink: (attributes: { href: string }) => ReturnType;
      /** Removes the link under the selection. */
      unsetLink: () => ReturnType;
    };
  }
}

/** Where a typed or pasted word counts as a web address: the same starts people type in minutes. */
const URL_STARTS = ["https://", "http://", "www."];
/** Closing punctuation of the sentence, not of the address. */
const TRAILING = new Set([".", ",", ";", ":", "!", "?", ")", "]", "'", '"']);
const isSpace = (char: string) => char === " " || char === "\t" || char === "\n" || char === "\u00a0";

/** The href for a word that is a web address, or null. One pass over the word, no regular expression. */
export function webAddressHref(word: string): string | null {
  const lower = word.toLowerCase();
  const start = URL_STARTS.find((prefix) => lower.startsWith(prefix));
  if (!start || word.length <= start.length || !word.slice(start.length).includes(".")) return null;
  const href = start === "www." ? `https://${word}` : word;
  return isSafeHref(href) ? href : null;
}

/** Cuts sentence punctuation off the end of a word ("see https://x.org/a." links "https://x.org/a"). */
function trimTrailing(word: string): string {
  let end = word.length;
  while (end > 0 && TRAILING.has(word[end - 1]!)) end -= 1;
  return word.slice(0, end);
}

/** Every web address among the words of a text (split at spaces, scanned once). */
export function findWebAddresses(text: string): { index: number; text: string; href: string }[] {
  const found: { index: number; text: string; href: string }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && !isSpace(text[i]!)) continue;
    const word = trimTrailing(text.slice(start, i));
    const href = webAddressHref(word);
    if (href) found.push({ index: start, text: word, href });
    start = i + 1;
  }
  return found;
}

/** The web address that ends a text (its last word, sentence punctuation cut off), or null. */
function addressEnding(text: string): { index: number; text: string; href: string } | null {
  let start = text.length;
  while (start > 0 && !isSpace(text[start - 1]!)) start -= 1;
  const found = findWebAddresses(text.slice(start))[0];
  return found ? { ...found, index: start } : null;
}

/** The word just before a typed space, if it is a web address. */
function typedAddress(text: string): InputRuleMatch | null {
  const typed = text[text.length - 1] ?? "";
  if (typed === "\n" || !isSpace(typed)) return null;
  const found = addressEnding(text.slice(0, -1));
  return found ? { index: found.index, text: text.slice(found.index), data: { href: found.href, length: found.text.length } } : null;
}

/**
 * Links the web address just before the caret, as a typed space would: Enter ends the word as
 * well. Leaves the key to the next handler (new paragraph, list item or line break), and the
 * collaboration undo manager (Yjs groups changes less than 500 ms apart) takes both as one step.
 */
function linkAddressBeforeCaret(editor: Editor, type: MarkType): false {
  const { selection, doc } = editor.state;
  const { $from } = selection;
  if (!selection.empty || !$from.parent.isTextblock) return false;
  // Mentions and line breaks count as one space each, so text offsets stay document offsets.
  const found = addressEnding($from.parent.textBetween(0, $from.parentOffset, undefined, " "));
  if (!found) return false;
  const from = $from.start() + found.index;
  const to = from + found.text.length;
  if (doc.rangeHasMark(from, to, type)) return false;
  editor.view.dispatch(editor.state.tr.addMark(from, to, type.create({ href: found.href })));
  return false;
}

/**
 * A link in the minutes. Same name, attributes and HTML as Tiptap's Link (so stored documents,
 * exports and the importer are unchanged), without linkifyjs: a web address typed and followed
 * by a space or Enter (new paragraph, list item or line break), or pasted, becomes a link; an
 * address pasted over selected words links those words; only http(s), mailto and in-page
 * addresses are kept.
 */
export const LinkMark = Mark.create({
  name: "link",
  priority: 1000,
  keepOnSplit: false,
  exitable: true,
  inclusive: true,

  addOptions: () => ({ HTMLAttributes: { target: "_blank", rel: "noopener noreferrer nofollow", class: null } }),

  addAttributes() {
    return {
      href: { default: null, parseHTML: (element: HTMLElement) => element.getAttribute("href") },
      target: { default: this.options.HTMLAttributes.target },
      rel: { default: this.options.HTMLAttributes.rel },
      class: { default: this.options.HTMLAttributes.class },
      title: { default: null },
    };
  },

  parseHTML: () => [{ tag: "a[href]", getAttrs: (dom: HTMLElement) => (isSafeHref(dom.getAttribute("href") ?? "") ? null : false) }],

  renderHTML({ HTMLAttributes }) {
    const href = isSafeHref(String(HTMLAttributes.href ?? "")) ? HTMLAttributes.href : "";
    return ["a", mergeAttributes(this.options.HTMLAttributes, { ...HTMLAttributes, href }), 0];
  },

  addCommands() {
    return {
      setLink:
        ({ href }) =>
        ({ commands }) =>
          isSafeHref(href) && commands.setMark(this.name, { href }),
      unsetLink:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name, { extendEmptyMarkRange: true }),
    };
  },

  addInputRules() {
    return [
      new InputRule({
        find: typedAddress,
        handler: ({ state, range, match }) => {
          const { href, length } = match.data as { href: string; length: number };
          const typedAt = range.from + match[0]!.length - 1;
          // An address someone already linked (perhaps elsewhere) keeps its link.
          if (state.doc.rangeHasMark(range.from, range.from + length, this.type)) return null;
          // The typed space goes in first, outside the link, then the address before it is linked.
          state.tr.insertText(match[0]!.slice(-1), typedAt, range.to).addMark(range.from, range.from + length, this.type.create({ href }));
          state.tr.removeStoredMark(this.type);
        },
      }),
    ];
  },

  addKeyboardShortcuts() {
    const linkBeforeCaret = () => linkAddressBeforeCaret(this.editor, this.type);
    // The editor inserts no tab character (Tab indents list items), so Tab is not a word end here.
    return { Enter: linkBeforeCaret, "Shift-Enter": linkBeforeCaret, "Mod-Enter": linkBeforeCaret };
  },

  addProseMirrorPlugins() {
    const type = this.type;
    return [
      new Plugin({
        props: {
          // Select "the draft", paste an address: the words become the link, as in every word processor.
          handlePaste: (view, event) => {
            const { selection } = view.state;
            const pasted = event.clipboardData?.getData("text/plain").trim() ?? "";
            const href = selection.empty || pasted.length > 2048 || findWebAddresses(pasted)[0]?.text !== pasted ? null : webAddressHref(pasted);
            if (!href) return false;
            view.dispatch(view.state.tr.addMark(selection.from, selection.to, type.create({ href })));
            return true;
          },
        },
      }),
    ];
  },

  addPasteRules() {
    return [
      new PasteRule({
        find: (text): PasteRuleMatch[] => findWebAddresses(text).map(({ index, text: word, href }) => ({ index, text: word, data: { href } })),
        handler: ({ state, range, match }) => {
          const { href } = match.data as { href: string };
          if (state.doc.rangeHasMark(range.from, range.to, this.type)) return;
          state.tr.addMark(range.from, range.to, this.type.create({ href }));
        },
      }),
    ];
  },
});
