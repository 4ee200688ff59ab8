import type { Editor } from "@tiptap/core";
import type * as Y from "yjs";
import { collectMinuteBlocks, type ActionItemSummary } from "@rapporteur/shared";
import { scrollToBlock } from "./scroll-to-block";
import { useBodyJson } from "./use-body-json";
import "./actions.css";

/** Every action item of the meeting, live; a click jumps to it in the report. */
export function ActionsPanel({ doc, editor }: { doc: Y.Doc; editor: Editor | null }) {
  const { actions } = collectMinuteBlocks(useBodyJson(doc));
  const open = actions.filter((action) => action.status === "open").length;
  return (
    <section className="panel" aria-labelledby="actions-title">
      <h2 id="actions-title">Action items <span className="count">{open} open / {actions.length}</span></h2>
      {actions.length === 0 ? (
        <p className="muted">No action items yet. Press Ctrl+Shift+A, type “/action ” or “action: ” at the start of a paragraph.</p>
      ) : (
        <ul className="actions-list">
          {actions.map((action, index) => (
            <li key={action.id ?? `index-${index}`} className={action.status === "done" ? "done" : undefined}>
              <button type="button" aria-label={`Go to action: ${action.text || "untitled"}`} disabled={!editor} onClick={() => editor && scrollToBlock(editor, "actionItem", action.id, index)}>
                <span className="action-summary">{action.text || <em className="muted">No text yet</em>}</span>
                <span className="action-meta">{describeAction(action)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function describeAction(action: ActionItemSummary): string {
  return [
    action.owner ?? "No owner",
    action.due ? `due ${action.due}` : "no due date",
    action.status === "done" ? "done" : "open",
  ].join(" · ");
}
