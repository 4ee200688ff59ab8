import type { Editor } from "@tiptap/core";

/**
 * Puts the caret at the end of a block and brings it into view. The block is found by its id,
 * or, for a block without one, as the `index`-th block of its type.
 */
export function scrollToBlock(editor: Editor, type: string, id: string | null, index: number): void {
  let target: number | undefined;
  let seen = 0;
  editor.state.doc.descendants((node, pos) => {
    if (target !== undefined) return false;
    if (node.type.name !== type) return true;
    if (id ? node.attrs.id === id : seen === index) target = pos + node.nodeSize - 1;
    seen += 1;
    return false;
  });
  if (target === undefined) return;
  editor.chain().focus().setTextSelection(target).run();
  revealPosition(editor, target);
}

/** Scrolls the element holding a document position to the middle of the view. */
export function revealPosition(editor: Editor, position: number): void {
  const dom = editor.view.domAtPos(position).node;
  (dom instanceof Element ? dom : dom.parentElement)?.scrollIntoView({ block: "center" });
}
