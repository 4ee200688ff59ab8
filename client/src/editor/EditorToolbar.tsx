import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { isSafeHref } from "@rapporteur/shared";

interface ToolbarButton {
  label: string;
  text: string;
  shortcut?: string;
  active?: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

const BUTTONS: ToolbarButton[] = [
  { label: "Section heading", text: "H2", active: (e) => e.isActive("heading", { level: 2 }), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
  { label: "Agenda item heading", text: "H3", active: (e) => e.isActive("heading", { level: 3 }), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { label: "Bold", text: "B", shortcut: "Ctrl+B", active: (e) => e.isActive("bold"), run: (e) => e.chain().focus().toggleBold().run() },
  { label: "Italic", text: "I", shortcut: "Ctrl+I", active: (e) => e.isActive("italic"), run: (e) => e.chain().focus().toggleItalic().run() },
  { label: "Bulleted list", text: "•", shortcut: "Ctrl+Shift+8", active: (e) => e.isActive("bulletList"), run: (e) => e.chain().focus().toggleBulletList().run() },
  { label: "Numbered list", text: "1.", shortcut: "Ctrl+Shift+7", active: (e) => e.isActive("orderedList"), run: (e) => e.chain().focus().toggleOrderedList().run() },
  { label: "Link", text: "Link", active: (e) => e.isActive("link"), run: promptForLink },
  { label: "Undo my last change", text: "↶", shortcut: "Ctrl+Z", run: (e) => e.chain().focus().undo().run() },
  { label: "Redo my last change", text: "↷", shortcut: "Ctrl+Shift+Z", run: (e) => e.chain().focus().redo().run() },
];

function promptForLink(editor: Editor): void {
  const current = String(editor.getAttributes("link").href ?? "");
  const href = window.prompt("Link address (https://…); leave empty to remove the link", current);
  if (href === null) return;
  if (href.trim() === "") {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    return;
  }
  if (!isSafeHref(href)) {
    window.alert("Only http, https and mailto links can be added.");
    return;
  }
  editor.chain().focus().extendMarkRange("link").setLink({ href: href.trim() }).run();
}

/** Compact formatting controls; each has an accessible name and shows its shortcut. */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const active = useEditorState({ editor, selector: ({ editor: current }) => BUTTONS.map((button) => button.active?.(current) ?? false) });
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      {BUTTONS.map((button, index) => (
        <button
          key={button.label}
          type="button"
          aria-label={button.label}
          title={button.shortcut ? `${button.label} (${button.shortcut})` : button.label}
          aria-pressed={button.active ? Boolean(active?.[index]) : undefined}
          className={active?.[index] ? "active" : ""}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => button.run(editor)}
        >
          {button.text}
        </button>
      ))}
    </div>
  );
}
