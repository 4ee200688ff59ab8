import * as Y from "yjs";
import { YDOC } from "@rapporteur/shared";
import { findHeadingIndex } from "./edit-body.js";

/** A Y element as y-tiptap stores a node: attributes and children. */
export function yElement(name: string, attrs: Record<string, string | null>, children: Array<Y.XmlText | Y.XmlElement | string>): Y.XmlElement {
  const element = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attrs)) if (value !== null) element.setAttribute(key, value);
  element.insert(0, children.map((child) => (typeof child === "string" ? new Y.XmlText(child) : child)));
  return element;
}

/** A paragraph that opens with a mention of `name`, as the editor's @ menu makes it (y-tiptap keeps inline nodes as sibling elements). */
export function mentionParagraph(participantId: string, name: string, rest: string): Y.XmlElement {
  return yElement("paragraph", {}, [yElement("mention", { id: participantId, label: name }, []), rest]);
}

/** Inserts blocks right after the heading `headingTitle`, in one transaction (one note-taker's burst). */
export function insertAfterHeading(doc: Y.Doc, headingTitle: string, blocks: Y.XmlElement[]): void {
  doc.transact(() => doc.getXmlFragment(YDOC.body).insert(findHeadingIndex(doc, headingTitle) + 1, blocks));
}
