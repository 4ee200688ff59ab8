import * as Y from "yjs";
import { yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import { sectionContent, textOf, YDOC, type JsonNode } from "@rapporteur/shared";

/**
 * Writes `sentence` into the report's "Next meeting" section when that section is still empty,
 * as one ordinary Yjs change (connected editors see it like anyone's edit). A section someone
 * already wrote in is left alone. Returns whether the sentence was written.
 */
export function fillNextMeetingSection(doc: Y.Doc, sentence: string): boolean {
  const body = doc.getXmlFragment(YDOC.body);
  // Read unsanitized (unlike readBody): its top-level blocks stay one-to-one with the Y nodes written below.
  const blocks = (yXmlFragmentToProsemirrorJSON(body) as JsonNode).content ?? [];
  const at = blocks.findIndex((block) => block.type === "heading" && block.attrs?.sectionKind === "nextMeeting");
  if (at < 0) return false;
  const section = sectionContent(blocks, at);
  if (section.some((block) => block.type !== "paragraph" || textOf(block).trim() !== "")) return false;
  doc.transact(() => {
    const empty = section.length > 0 ? (body.get(at + 1) as Y.XmlElement) : undefined;
    const paragraph = empty ?? new Y.XmlElement("paragraph");
    if (!empty) body.insert(at + 1, [paragraph]);
    paragraph.delete(0, paragraph.length);
    paragraph.insert(0, [new Y.XmlText(sentence)]);
  }, "next-meeting");
  return true;
}
