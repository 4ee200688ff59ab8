import { ReactNodeViewRenderer } from "@tiptap/react";
import { ActionItem } from "@rapporteur/shared";
import { ActionItemView } from "./ActionItemView";

/** The shared action item with owner, due date and done controls beside its text. */
export const ActionItemWithView = ActionItem.extend({
  addNodeView: () => ReactNodeViewRenderer(ActionItemView),
});
