import * as Y from "yjs";
import { YDOC } from "@rapporteur/shared";

function textOfElement(element: Y.XmlElement): string {
  return element
    .toArray()
    .map((child) => (child instanceof Y.XmlText ? child.toString().replace(/<[^>]+>/g, "") : ""))
    .join("");
}

/** Index of the top-level heading whose text is (or ends with) `title`. */
export function findHeadingIndex(doc: Y.Doc, title: string): number {
  const body = doc.getXmlFragment(YDOC.body).toArray();
  const index = body.findIndex(
    (node) => node instanceof Y.XmlElement && node.nodeName === "heading" && textOfElement(node).endsWith(title),
  );
  if (index < 0) throw new Error(`no heading "${title}"`);
  return index;
}

/**
 * Writes a paragraph at the end of the section under `headingTitle`, filling the empty
 * placeholder paragraph first, as a note-taker typing in that section would.
 */
export function writeParagraphInSection(doc: Y.Doc, headingTitle: string, text: string): void {
  const body = doc.getXmlFragment(YDOC.body);
  doc.transact(() => {
    const start = findHeadingIndex(doc, headingTitle);
    const nodes = body.toArray();
    let end = start + 1;
    while (end < nodes.length && !(nodes[end] instanceof Y.XmlElement && (nodes[end] as Y.XmlElement).nodeName === "heading")) end++;
    const last = nodes[end - 1];
    if (last instanceof Y.XmlElement && last.nodeName === "paragraph" && last.length === 0) {
      last.insert(0, [new Y.XmlText(text)]);
      return;
    }
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText(text)]);
    body.insert(end, [paragraph]);
  });
}

/** Plain text of the whole body, one block per line. */
export function bodyText(doc: Y.Doc): string {
  return doc
    .getXmlFragment(YDOC.body)
    .toArray()
    .map((node) => (node instanceof Y.XmlElement ? textOfElement(node) : ""))
    .join("\n");
}
