import { Extension, type AnyExtension } from "@tiptap/core";
import { Blockquote } from "@tiptap/extension-blockquote";
import { Bold } from "@tiptap/extension-bold";
import { Document } from "@tiptap/extension-document";
import { HardBreak } from "@tiptap/extension-hard-break";
import { Heading } from "@tiptap/extension-heading";
import { HorizontalRule } from "@tiptap/extension-horizontal-rule";
import { Italic } from "@tiptap/extension-italic";
import { BulletList, ListItem, ListKeymap, OrderedList } from "@tiptap/extension-list";
import { Paragraph } from "@tiptap/extension-paragraph";
import { Strike } from "@tiptap/extension-strike";
import { Text } from "@tiptap/extension-text";
import { Underline } from "@tiptap/extension-underline";
import { Dropcursor, Gapcursor, TrailingNode } from "@tiptap/extensions";
import TextAlign from "@tiptap/extension-text-align";
import Mention from "@tiptap/extension-mention";
import { ActionItem, Decision, InternalNote, ParticipantsAnnex, TranscriptSourceMark } from "./minute-blocks.js";
import { LinkMark } from "./link-mark.js";

/**
 * Headings that open an agenda item carry the item's id, and template sections their kind, so
 * the outline, "now discussing" and the exports find them even after someone retypes the text.
 */
export const AgendaHeading = Extension.create({
  name: "agendaHeading",
  addGlobalAttributes: () => [
    {
      types: ["heading"],
      attributes: {
        agendaItemId: {
          default: null,
          parseHTML: (element) => element.getAttribute("data-agenda-item"),
          renderHTML: (attributes) =>
            attributes.agendaItemId ? { "data-agenda-item": attributes.agendaItemId } : {},
        },
        sectionKind: {
          default: null,
          parseHTML: (element) => element.getAttribute("data-section"),
          renderHTML: (attributes) => (attributes.sectionKind ? { "data-section": attributes.sectionKind } : {}),
        },
      },
    },
  ],
});

/** A participant named in the text; exports print the plain name. */
export const SpeakerMention = Mention.configure({
  HTMLAttributes: { class: "mention" },
  renderText: ({ node }) => String(node.attrs.label ?? node.attrs.id ?? ""),
  renderHTML: ({ options, node }) => [
    "span",
    { ...options.HTMLAttributes, "data-type": "mention", "data-id": node.attrs.id },
    String(node.attrs.label ?? node.attrs.id ?? ""),
  ],
});

/**
 * The one list of extensions that defines the document schema. The editor, the server's
 * template seeding and every export build their schema from it, so they cannot disagree.
 * Undo/redo is left out because the collaboration extension brings a Yjs-aware one.
 */
export const minutesExtensions: AnyExtension[] = [
  // StarterKit's list, in its order (it decides the schema's node and mark order), without undo/redo,
  // code and code blocks, and with our own link mark: StarterKit would bring Tiptap's Link and its
  // linkifyjs (~10 kB gzipped) into the meeting page (UI-BUDGET).
  Bold,
  Blockquote,
  BulletList,
  Document,
  Dropcursor,
  Gapcursor,
  HardBreak,
  Heading.configure({ levels: [1, 2, 3, 4] }),
  HorizontalRule,
  Italic,
  ListItem,
  ListKeymap,
  LinkMark,
  OrderedList,
  Paragraph,
  Strike,
  Text,
  Underline,
  TrailingNode,
  TextAlign.configure({ types: ["heading", "paragraph"], alignments: ["left", "center", "right"] }),
  AgendaHeading,
  SpeakerMention,
  ActionItem,
  Decision,
  InternalNote,
  ParticipantsAnnex,
  TranscriptSourceMark,
];
