import { Mark, Node, mergeAttributes } from "@tiptap/core";

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

/** "00:12:31" for a time in ms (a copy of the transcript's label, so the schema needs nothing else). */
function clockLabel(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
}

/**
 * Text inserted from the meeting's transcript: `at` is the segment's start (ms of transcript
 * time), `seq` the segment. The editor shows the time on hover; every export leaves the mark
 * out, or prints the time as a marker when asked to. Not inclusive: typing after it is the
 * note-taker's own text.
 */
export const TranscriptSourceMark = Mark.create({
  name: "transcriptSource",
  inclusive: false,
  addAttributes() {
    return {
      at: {
        default: 0,
        parseHTML: (element: HTMLElement) => Number(element.getAttribute("data-transcript-at")) || 0,
        renderHTML: (attributes: Record<string, unknown>) => ({ "data-transcript-at": String(attributes.at ?? 0) }),
      },
      seq: {
        default: null as number | null,
        parseHTML: (element: HTMLElement) => Number(element.getAttribute("data-transcript-seq")) || null,
        renderHTML: (attributes: Record<string, unknown>) => (attributes.seq ? { "data-transcript-seq": String(attributes.seq) } : {}),
      },
    };
  },
  parseHTML: () => [{ tag: "span[data-transcript-at]" }],
  renderHTML: ({ HTMLAttributes, mark }) => [
    "span",
    mergeAttributes(HTMLAttributes, { class: "transcript-source", title: `From the transcript at ${clockLabel(Number(mark.attrs.at) || 0)}` }),
    0,
  ],
});
