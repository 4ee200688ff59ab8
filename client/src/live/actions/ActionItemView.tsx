import { NodeViewContent, NodeViewWrapper, useEditorState, type ReactNodeViewProps } from "@tiptap/react";
import { useCollabDoc } from "../../collab/collab-doc-context";
import { useLiveParticipants } from "../../collab/use-live-participants";
import "./actions.css";

/** An action item in the report: its text, and beside it who owns it, by when, and whether it is done. */
export function ActionItemView({ node, editor, updateAttributes }: ReactNodeViewProps) {
  const participants = useLiveParticipants(useCollabDoc());
  const editable = useEditorState({ editor, selector: ({ editor: current }) => current.isEditable });
  const owner = typeof node.attrs.owner === "string" ? node.attrs.owner : "";
  const due = typeof node.attrs.due === "string" ? node.attrs.due : "";
  const done = node.attrs.status === "done";
  const names = participants.map((participant) => participant.name);
  // An owner carried over from an earlier meeting may not be in this meeting's list.
  if (owner && !names.includes(owner)) names.unshift(owner);

  return (
    <NodeViewWrapper className="minute-block action-item action-item-view" data-status={done ? "done" : "open"}>
      <NodeViewContent className="action-text" />
      <div className="action-fields" contentEditable={false}>
        <select aria-label="Action owner" value={owner} disabled={!editable} onChange={(event) => updateAttributes({ owner: event.target.value || null })}>
          <option value="">Owner…</option>
          {names.map((name) => <option key={name} value={name}>{name}</option>)}
        </select>
        <input type="date" aria-label="Action due date" value={due} disabled={!editable} onChange={(event) => updateAttributes({ due: event.target.value || null })} />
        <label className="action-done">
          <input type="checkbox" aria-label="Action done" checked={done} disabled={!editable} onChange={(event) => updateAttributes({ status: event.target.checked ? "done" : "open" })} />
          Done
        </label>
      </div>
    </NodeViewWrapper>
  );
}
