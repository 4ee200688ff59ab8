import type { Editor } from "@tiptap/core";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type * as Y from "yjs";
import { readComments, YDOC, type CheckWarning } from "@rapporteur/shared";
import { revealPosition } from "../live/actions/scroll-to-block";
import { resolveCommentRange } from "./comments/resolve-comment-range";

/**
 * Moves the caret to what a pre-submission warning is about and brings it into view: an
 * agenda heading (by agenda item id), an action (by block id), the next-meeting section, or a
 * comment's anchor. Returns false when the target is not in the text any more.
 */
export function jumpToWarning(editor: Editor, doc: Y.Doc, warning: CheckWarning): boolean {
  const target = warning.target;
  if (!target) return false;
  const position = warning.kind === "open-comment" ? commentPosition(editor, doc, target) : blockEnd(editor, matcherFor(warning.kind, target));
  if (position === undefined) return false;
  editor.chain().focus().setTextSelection(position).run();
  revealPosition(editor, position);
  return true;
}

function matcherFor(kind: CheckWarning["kind"], target: string): (node: ProseMirrorNode) => boolean {
  if (kind === "next-meeting") return (node) => node.type.name === "heading" && node.attrs.sectionKind === target;
  if (kind === "empty-section") return (node) => node.type.name === "heading" && node.attrs.agendaItemId === target;
  return (node) => node.attrs.id === target;
}

/** For a heading, the end of the paragraph under it (where the missing text goes); else the block's end. */
function blockEnd(editor: Editor, matches: (node: ProseMirrorNode) => boolean): number | undefined {
  let found: { node: ProseMirrorNode; pos: number } | undefined;
  editor.state.doc.descendants((node, pos) => {
    if (found) return false;
    if (matches(node)) found = { node, pos };
    return !found;
  });
  if (!found) return undefined;
  const end = found.pos + found.node.nodeSize;
  const next = editor.state.doc.resolve(end).nodeAfter;
  if (found.node.type.name === "heading" && next?.type.name === "paragraph") return end + next.nodeSize - 1;
  return end - 1;
}

/** Where a comment's text starts now, through the comments feature's own reading of its anchors. */
function commentPosition(editor: Editor, doc: Y.Doc, commentId: string): number | undefined {
  const comment = readComments(doc.getMap(YDOC.comments)).find((entry) => entry.id === commentId);
  return comment ? resolveCommentRange(editor.state, comment)?.from : undefined;
}
