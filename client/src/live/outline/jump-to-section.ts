import type { Editor } from "@tiptap/core";

/**
 * Moves the cursor into an agenda item's section (the end of the block under its heading, where
 * the note-taker goes on writing, or the heading itself when nothing follows it) and scrolls
 * the heading to the top of the view.
 */
export function jumpToSection(editor: Editor, agendaItemId: string): void {
  let headingPos: number | undefined;
  editor.state.doc.forEach((node, offset) => {
    if (headingPos === undefined && node.type.name === "heading" && node.attrs.agendaItemId === agendaItemId) headingPos = offset;
  });
  if (headingPos === undefined) return;
  const heading = editor.state.doc.nodeAt(headingPos)!;
  const afterHeading = headingPos + heading.nodeSize;
  const next = editor.state.doc.nodeAt(afterHeading);
  const caret = next?.isTextblock && next.type.name !== "heading" ? afterHeading + next.nodeSize - 1 : afterHeading - 1;
  editor.chain().focus(undefined, { scrollIntoView: false }).setTextSelection(caret).run();
  const dom = editor.view.nodeDOM(headingPos);
  if (dom instanceof Element) dom.scrollIntoView({ block: "start" });
}
