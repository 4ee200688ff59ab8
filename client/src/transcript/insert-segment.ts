import type { Editor, JSONContent } from "@tiptap/core";
import type { LiveParticipant, StoredSegment } from "@rapporteur/shared";

export type InsertMode = "paragraph" | "quote";

/**
 * A segment as report text: the speaker as a mention (the same attribution "Anriette: "
 * gives) or, when nobody on the list is known to be them, the name as written; the words
 * carry the provenance mark with the segment's time.
 */
export function segmentContent(segment: StoredSegment, speaker: LiveParticipant | undefined, mode: InsertMode): JSONContent {
  const source = { type: "transcriptSource", attrs: { at: segment.start, seq: segment.seq } };
  const attribution: JSONContent[] = speaker
    ? [{ type: "mention", attrs: { id: speaker.id, label: speaker.name } }]
    : segment.speaker
      ? [{ type: "text", text: segment.speaker }]
      : [];
  if (mode === "quote") {
    const quoted: JSONContent = { type: "paragraph", content: [{ type: "text", text: `“${segment.text}”`, marks: [source] }] };
    const byline: JSONContent[] = attribution.length > 0 ? [{ type: "paragraph", content: [{ type: "text", text: "— " }, ...attribution] }] : [];
    return { type: "blockquote", content: [quoted, ...byline] };
  }
  const lead: JSONContent[] = attribution.length > 0 ? [...attribution, { type: "text", text: ": " }] : [];
  return { type: "paragraph", content: [...lead, { type: "text", text: segment.text, marks: [source] }] };
}

/**
 * Puts the content after the top-level block holding the cursor (replacing it when it is an
 * empty paragraph, as in a freshly seeded section), and leaves the cursor after it.
 */
export function insertSegment(editor: Editor, content: JSONContent): void {
  const { $head } = editor.state.selection;
  if ($head.depth === 0) {
    editor.chain().insertContentAt(editor.state.doc.content.size, content).run();
    return;
  }
  const block = $head.node(1);
  const from = $head.before(1);
  const to = $head.after(1);
  const empty = block.type.name === "paragraph" && block.content.size === 0;
  editor.chain().insertContentAt(empty ? { from, to } : to, content).focus().run();
}
