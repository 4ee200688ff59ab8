import { Extension, type AnyExtension } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import TextAlign from "@tiptap/extension-text-align";
import Mention from "@tiptap/extension-mention";
import { ActionItem, Decision, InternalNote, ParticipantsAnnex, TranscriptSourceMark } from "./minute-blocks.js";
import { isSafeHref } from "./safe-href.js";

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
 * Undo/redo is off because the collaboration extension brings a Yjs-aware one.
 */
export const minutesExtensions: AnyExtension[] = [
  StarterKit.configure({
    undoRedo: false,
    code: false,
    codeBlock: false,
    heading: { levels: [1, 2, 3, 4] },
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      isAllowedUri: (url) => isSafeHref(url),
    },
  }),
  TextAlign.configure({ types: ["heading", "paragraph"], alignments: ["left", "center", "right"] }),
  AgendaHeading,
  SpeakerMention,
  ActionItem,
  Decision,
  InternalNote,
  ParticipantsAnnex,
  TranscriptSourceMark,
];
