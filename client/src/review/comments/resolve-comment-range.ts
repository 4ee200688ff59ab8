import type { EditorState } from "@tiptap/pm/state";
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey, type ProsemirrorBinding } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import type { Comment } from "@rapporteur/shared";
import { decodeRelativePosition, encodeRelativePosition } from "./encode-relative-position";

function bindingOf(state: EditorState): ProsemirrorBinding | null {
  const binding = ySyncPluginKey.getState(state)?.binding as ProsemirrorBinding | undefined;
  return binding?.mapping ? binding : null;
}

function toAbsolute(binding: ProsemirrorBinding, encoded: string): number | null {
  const relative = decodeRelativePosition(encoded);
  if (!relative) return null;
  try {
    return relativePositionToAbsolutePosition(binding.doc, binding.type, relative, binding.mapping);
  } catch {
    return null;
  }
}

/**
 * Where a comment's text is in the editor now, through the y-sync binding; null when the text
 * was deleted or the anchors are not positions of this document.
 */
export function resolveCommentRange(state: EditorState, comment: Pick<Comment, "anchor" | "head">): { from: number; to: number } | null {
  const binding = bindingOf(state);
  if (!binding) return null;
  const anchor = toAbsolute(binding, comment.anchor);
  const head = toAbsolute(binding, comment.head);
  if (anchor === null || head === null) return null;
  const from = Math.min(anchor, head);
  const to = Math.max(anchor, head);
  return from < to && to <= state.doc.content.size ? { from, to } : null;
}

/**
 * y-tiptap ties a position inside text to the character before it. The start of a comment
 * belongs to its first character instead, so that text typed just before the commented words
 * stays out of the comment on every page, as it does in the page that typed it.
 */
function tieToNextCharacter(position: Y.RelativePosition, doc: Y.Doc): Y.RelativePosition {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  if (!absolute || !(absolute.type instanceof Y.XmlText)) return position;
  return Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, 0);
}

/** The `anchor` and `head` of a comment on the editor range from..to (base64 relative positions). */
export function anchorCommentRange(state: EditorState, from: number, to: number): { anchor: string; head: string } | null {
  const binding = bindingOf(state);
  if (!binding) return null;
  const start = tieToNextCharacter(absolutePositionToRelativePosition(from, binding.type, binding.mapping), binding.doc);
  const end = absolutePositionToRelativePosition(to, binding.type, binding.mapping);
  return { anchor: encodeRelativePosition(start), head: encodeRelativePosition(end) };
}
