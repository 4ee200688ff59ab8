/** What the keyboard help sheet lists, by group. `keys` use "Mod" for Ctrl (⌘ on a Mac). */
export const SHORTCUT_LIST: Array<{ group: string; items: Array<{ keys: string[]; does: string }> }> = [
  {
    group: "Formatting",
    items: [
      { keys: ["Mod", "B"], does: "Bold" },
      { keys: ["Mod", "I"], does: "Italic" },
      { keys: ["Mod", "Shift", "8"], does: "Bulleted list" },
      { keys: ["Mod", "Shift", "7"], does: "Numbered list" },
      { keys: ["Tab"], does: "Indent a list item (Shift+Tab: outdent)" },
    ],
  },
  {
    group: "History",
    items: [
      { keys: ["Mod", "Z"], does: "Undo your own last change (others' text is kept)" },
      { keys: ["Mod", "Shift", "Z"], does: "Redo your own change" },
    ],
  },
  {
    group: "Minutes",
    items: [
      { keys: ["Mod", "Shift", "A"], does: "Action item (again: back to a paragraph)" },
      { keys: ["@"], does: "Mention a participant: arrows to choose, Enter to insert, Esc to close" },
      { keys: ["/action", "Space"], does: "At the start of a paragraph: action item" },
      { keys: ["Mod", "Alt", "M"], does: "Comment on the selected words" },
    ],
  },
  {
    group: "Shorthand at the start of a paragraph",
    items: [
      { keys: ["Anriette:", "Space"], does: "Mention of the speaker (full name, or first name if only one has it)" },
      { keys: ["action:", "Space"], does: "Action item" },
      { keys: ["decision:", "Space"], does: "Decision" },
      { keys: ["note:", "Space"], does: "Internal note (never exported)" },
    ],
  },
];
