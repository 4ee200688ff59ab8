import { useState } from "react";
import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { isSafeHref } from "@rapporteur/shared";
import { newBlockId } from "./new-block-id";
import { ShortcutsHelp } from "../live/shorthand/ShortcutsHelp";
import { CommentButton } from "../review/comments/CommentButton";

interface ToolbarButton {
  label: string;
  text: string;
  className?: string;
  shortcut?: string;
  active?: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

/** Turns the current paragraph into a minute block, or back into a paragraph. */
const minuteBlock = (type: string, label: string, text: string): ToolbarButton => ({
  label,
  text,
  active: (e) => e.isActive(type),
  run: (e) => {
    if (e.isActive(type)) e.chain().focus().setNode("paragraph").run();
    else e.chain().focus().setNode(type, { id: newBlockId() }).run();
  },
});

const GROUPS: ToolbarButton[][] = [
  [
    { label: "Section heading", text: "H2", active: (e) => e.isActive("heading", { level: 2 }), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
    { label: "Agenda item heading", text: "H3", active: (e) => e.isActive("heading", { level: 3 }), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  ],
  [
    { label: "Bold", text: "B", className: "bold", shortcut: "Ctrl+B", active: (e) => e.isActive("bold"), run: (e) => e.chain().focus().toggleBold().run() },
    { label: "Italic", text: "I", className: "italic", shortcut: "Ctrl+I", active: (e) => e.isActive("italic"), run: (e) => e.chain().focus().toggleItalic().run() },
    { label: "Link", text: "Link", active: (e) => e.isActive("link"), run: promptForLink },
  ],
  [
    { label: "Bulleted list", text: "• List", shortcut: "Ctrl+Shift+8", active: (e) => e.isActive("bulletList"), run: (e) => e.chain().focus().toggleBulletList().run() },
    { label: "Numbered list", text: "1. List", shortcut: "Ctrl+Shift+7", active: (e) => e.isActive("orderedList"), run: (e) => e.chain().focus().toggleOrderedList().run() },
  ],
  [
    minuteBlock("actionItem", "Action item", "Action"),
    minuteBlock("decision", "Decision", "Decision"),
    minuteBlock("internalNote", "Internal note (left out of exports)", "Note"),
    { label: "Mention a participant", text: "@ Mention", shortcut: "@", run: typeMentionTrigger },
  ],
  [
    { label: "Undo my last change", text: "↶", shortcut: "Ctrl+Z", run: (e) => e.chain().focus().undo().run() },
    { label: "Redo my last change", text: "↷", shortcut: "Ctrl+Shift+Z", run: (e) => e.chain().focus().redo().run() },
  ],
];
const BUTTONS = GROUPS.flat();

/** Types "@" (after a space when needed) so the participant menu opens at the caret. */
function typeMentionTrigger(editor: Editor): void {
  const { $from } = editor.state.selection;
  const before = $from.parent.textBetween(Math.max(0, $from.parentOffset - 1), $from.parentOffset, undefined, "\ufffc");
  editor.chain().focus().insertContent(before === "" || /\s/.test(before) ? "@" : " @").run();
}

function promptForLink(editor: Editor): void {
  const current = String(editor.getAttributes("link").href ?? "");
  const href = window.prompt("Link address (https://…); leave empty to remove the link", current);
  if (href === null) return;
  if (href.trim() === "") {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    return;
  }
  if (!isSafeHref(href.trim())) {
    window.alert("Only http, https and mailto links can be added.");
    return;
  }
  editor.chain().focus().extendMarkRange("link").setLink({ href: href.trim() }).run();
}

/** Compact formatting controls; each has an accessible name and shows its shortcut. */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const [helpOpen, setHelpOpen] = useState(false);
  const active = useEditorState({ editor, selector: ({ editor: current }) => BUTTONS.map((button) => button.active?.(current) ?? false) });
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      {GROUPS.map((group, groupIndex) => (
        <div className="toolbar-group" key={groupIndex}>
          {group.map((button) => {
            const on = Boolean(active?.[BUTTONS.indexOf(button)]);
            return (
              <button
                key={button.label}
                type="button"
                aria-label={button.label}
                title={button.shortcut ? `${button.label} (${button.shortcut})` : button.label}
                aria-pressed={button.active ? on : undefined}
                className={[button.className, on ? "active" : ""].filter(Boolean).join(" ")}
                // Keeps the editor's selection: a click on the toolbar must not move the cursor.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => button.run(editor)}
              >
                {button.text}
              </button>
            );
          })}
        </div>
      ))}
      <div className="toolbar-group"><CommentButton editor={editor} /></div>
      <div className="toolbar-group">
        <button type="button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts" aria-haspopup="dialog" onClick={() => setHelpOpen(true)}>?</button>
      </div>
      {helpOpen && <ShortcutsHelp onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
