import { Extension, textblockTypeInputRule, type AnyExtension, type Editor } from "@tiptap/core";
import { newBlockId } from "../../editor/new-block-id";

/** Turns the current block into an action item, or an action item back into a paragraph. */
function toggleActionItem(editor: Editor): boolean {
  if (editor.isActive("actionItem")) return editor.chain().focus().setNode("paragraph").run();
  return editor.chain().focus().setNode("actionItem", { id: newBlockId() }).run();
}

/** Ctrl/Cmd+Shift+A and "/action " at the start of a paragraph make an action item. */
export function minuteShortcuts(): AnyExtension {
  return Extension.create({
    name: "minuteShortcuts",
    addKeyboardShortcuts() {
      return { "Mod-Shift-a": () => toggleActionItem(this.editor) };
    },
    addInputRules() {
      return [
        textblockTypeInputRule({ find: /^\/action\s$/, type: this.editor.schema.nodes.actionItem!, getAttributes: () => ({ id: newBlockId() }) }),
      ];
    },
  });
}
