import * as Y from "yjs";
import { YDOC } from "@rapporteur/shared";

const isHeading = (node: unknown): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === "heading";
const headingLevel = (node: Y.XmlElement) => Number(node.getAttribute("level") ?? 2);

/**
 * Writes `sentence` into the report's "Next meeting" section when that section is still empty,
 * as one ordinary Yjs change (connected editors see it like anyone's edit). A section someone
 * already wrote in is left alone. Returns whether the sentence was written.
 */
export function fillNextMeetingSection(doc: Y.Doc, sentence: string): boolean {
  const body = doc.getXmlFragment(YDOC.body);
  const nodes = body.toArray();
  const at = nodes.findIndex((node) => isHeading(node) && node.getAttribute("sectionKind") === "nextMeeting");
  if (at < 0) return false;
  const heading = nodes[at] as Y.XmlElement;
  let end = at + 1;
  while (end < nodes.length && !(isHeading(nodes[end]) && headingLevel(nodes[end] as Y.XmlElement) <= headingLevel(heading))) end++;
  const section = nodes.slice(at + 1, end);
  if (section.some((node) => !(node instanceof Y.XmlElement && node.nodeName === "paragraph" && node.toString().replace(/<[^>]*>/g, "").trim() === ""))) return false;
  doc.transact(() => {
    const empty = section[0] as Y.XmlElement | undefined;
    const paragraph = empty ?? new Y.XmlElement("paragraph");
    if (!empty) body.insert(at + 1, [paragraph]);
    paragraph.delete(0, paragraph.length);
    paragraph.insert(0, [new Y.XmlText(sentence)]);
  }, "next-meeting");
  return true;
}
