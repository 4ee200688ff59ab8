import { Extension, type AnyExtension } from "@tiptap/core";
import { Plugin, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { ySyncPluginKey } from "@tiptap/y-tiptap";
import { readComments, YDOC, type Comment } from "@rapporteur/shared";
import type { EditorFeatureContext } from "../../editor/feature-extensions";
import { commentsPluginKey, type CommentsMeta, type CommentsPluginState } from "./comments-plugin-key";
import { resolveCommentRange } from "./resolve-comment-range";
import { commentCommands } from "./comment-commands";

const classFor = (commentId: string, activeId: string | null) => (commentId === activeId ? "comment-range comment-range-active" : "comment-range");

function buildRanges(state: EditorState, open: Comment[], activeId: string | null): DecorationSet {
  const decorations = open
    .flatMap((comment) => {
      const range = resolveCommentRange(state, comment);
      if (!range) return [];
      // Not inclusive: text typed at either edge stays out, as the Yjs anchors decide elsewhere.
      return [Decoration.inline(range.from, range.to, { class: classFor(comment.id, activeId), "data-comment-id": comment.id }, { inclusiveStart: false, inclusiveEnd: false, commentId: comment.id })];
    });
  return DecorationSet.create(state.doc, decorations);
}

/** The same ranges with the emphasis moved: no anchor is resolved, so it is right mid-edit too. */
function restyle(ranges: DecorationSet, state: EditorState, activeId: string | null): DecorationSet {
  return DecorationSet.create(state.doc, ranges.find().map((decoration) => {
    const commentId = String(decoration.spec.commentId);
    return Decoration.inline(decoration.from, decoration.to, { class: classFor(commentId, activeId), "data-comment-id": commentId }, decoration.spec);
  }));
}

/** The comment whose text contains a position, if any. */
function commentIdAt(ranges: DecorationSet, pos: number): string | null {
  const hit = ranges.find(pos, pos + 1).find((decoration) => decoration.from <= pos && pos < decoration.to);
  return typeof hit?.spec.commentId === "string" ? hit.spec.commentId : null;
}

function applyTransaction(tr: Transaction, previous: CommentsPluginState, state: EditorState, openComments: () => Comment[]): CommentsPluginState {
  const meta = tr.getMeta(commentsPluginKey) as CommentsMeta | undefined;
  const mappedDraft = previous.draft && tr.docChanged
    ? { from: tr.mapping.map(previous.draft.from, 1), to: tr.mapping.map(previous.draft.to, -1) }
    : previous.draft;
  const draft = meta?.draft !== undefined ? meta.draft : mappedDraft;
  // Remote edits arrive from y-sync with a fresh binding mapping: resolve the anchors again.
  // Local edits are not in Yjs yet when this runs, so their decorations are mapped instead.
  const remote = Boolean(ySyncPluginKey.getState(state)?.isChangeOrigin);
  const rebuilt = remote || meta?.refresh;
  let ranges = rebuilt ? buildRanges(state, openComments(), previous.activeId) : tr.docChanged ? previous.ranges.map(tr.mapping, tr.doc) : previous.ranges;
  // The comment under the caret is the active one, unless the transaction names one.
  const activeId = meta?.activeId !== undefined ? meta.activeId : tr.selectionSet ? commentIdAt(ranges, state.selection.from) : previous.activeId;
  if (activeId !== previous.activeId) ranges = restyle(ranges, state, activeId);
  return { ranges, activeId, draft };
}

function decorationsOf(state: EditorState): DecorationSet | undefined {
  const plugin = commentsPluginKey.getState(state);
  if (!plugin?.draft || plugin.draft.from >= plugin.draft.to) return plugin?.ranges;
  return plugin.ranges.add(state.doc, [Decoration.inline(plugin.draft.from, plugin.draft.to, { class: "comment-range-draft" })]);
}

/**
 * Highlights the text of every unresolved comment, following edits (theirs through the Yjs
 * anchors, ours through the transaction's mapping), and comments on the selection (Mod-Alt-m).
 */
export function commentHighlights(context: EditorFeatureContext): AnyExtension {
  const comments = context.doc.getMap(YDOC.comments);
  // Remote edits re-resolve the anchors on every keystroke; the comments are parsed again only when they change.
  let open: Comment[] | null = null;
  const openComments = () => (open ??= readComments(comments).filter((comment) => !comment.resolved));
  let unobserve = () => {};
  return Extension.create({
    name: "commentHighlights",
    addCommands: () => commentCommands(context),
    addKeyboardShortcuts() {
      return { "Mod-Alt-m": () => this.editor.commands.startComment() };
    },
    addProseMirrorPlugins() {
      return [
        new Plugin<CommentsPluginState>({
          key: commentsPluginKey,
          state: {
            init: (_, state) => ({ ranges: buildRanges(state, openComments(), null), activeId: null, draft: null }),
            apply: (tr, previous, _old, state) => applyTransaction(tr, previous, state, openComments),
          },
          props: { decorations: decorationsOf },
        }),
      ];
    },
    onCreate() {
      open = null;
      let queued = false;
      // Deferred: a comment saved from a command must not dispatch inside that command.
      const refresh = () => {
        open = null;
        if (queued) return;
        queued = true;
        queueMicrotask(() => {
          queued = false;
          if (!this.editor.isDestroyed) this.editor.view.dispatch(this.editor.state.tr.setMeta(commentsPluginKey, { refresh: true } satisfies CommentsMeta));
        });
      };
      comments.observeDeep(refresh);
      unobserve = () => comments.unobserveDeep(refresh);
    },
    onDestroy() {
      unobserve();
    },
  });
}
