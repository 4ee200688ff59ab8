import { Node, mergeAttributes } from "@tiptap/core";

/**
 * Typed minute blocks. Each carries a stable `id` so exports and the action panel can point
 * at it; ids are made by whoever inserts the block (client or template), never by position.
 */
const idAttribute = {
  id: {
    default: null as string | null,
    parseHTML: (element: HTMLElement) => element.getAttribute("data-id"),
    renderHTML: (attributes: Record<string, unknown>) =>
      attributes.id ? { "data-id": String(attributes.id) } : {},
  },
};

/** An action: text, an owner (participant name), a due date (YYYY-MM-DD) and a status. */
export const ActionItem = Node.create({
  name: "actionItem",
  group: "block",
  content: "inline*",
  defining: true,
  addAttributes() {
    return {
      ...idAttribute,
      owner: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-owner"),
        renderHTML: (attributes) => (attributes.owner ? { "data-owner": attributes.owner } : {}),
      },
      due: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-due"),
        renderHTML: (attributes) => (attributes.due ? { "data-due": attributes.due } : {}),
      },
      status: {
        default: "open",
        parseHTML: (element) => (element.getAttribute("data-status") === "done" ? "done" : "open"),
        renderHTML: (attributes) => ({ "data-status": attributes.status }),
      },
    };
  },
  parseHTML: () => [{ tag: "div[data-type='action-item']" }],
  renderHTML: ({ HTMLAttributes }) => [
    "div",
    mergeAttributes(HTMLAttributes, { "data-type": "action-item", class: "minute-block action-item" }),
    0,
  ],
});

/** An inline-content block with a stable id, marked in HTML by `data-type`. */
function createTextBlock(name: string, dataType: string) {
  return Node.create({
    name,
    group: "block",
    content: "inline*",
    defining: true,
    addAttributes: () => ({ ...idAttribute }),
    parseHTML: () => [{ tag: `div[data-type='${dataType}']` }],
    renderHTML: ({ HTMLAttributes }) => [
      "div",
      mergeAttributes(HTMLAttributes, { "data-type": dataType, class: `minute-block ${dataType}` }),
      0,
    ],
  });
}

/** A decision of the group ("The WG agreed to…"). */
export const Decision = createTextBlock("decision", "decision");

/** A note for the editors only; every export leaves it out. */
export const InternalNote = createTextBlock("internalNote", "internal-note");

/**
 * Where the participants annex goes. It has no content of its own: editor and exports render
 * the live participant list (YDOC.participants) here, so attendance ticked during the call
 * shows up in every export.
 */
export const ParticipantsAnnex = Node.create({
  name: "participantsAnnex",
  group: "block",
  atom: true,
  selectable: true,
  parseHTML: () => [{ tag: "div[data-type='participants-annex']" }],
  renderHTML: ({ HTMLAttributes }) => [
    "div",
    mergeAttributes(HTMLAttributes, { "data-type": "participants-annex", class: "participants-annex" }),
  ],
});
